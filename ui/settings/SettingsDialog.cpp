#include "ui/settings/SettingsDialog.h"

#include "core/storage/SlaConfiguration.h"
#include "core/util/CredentialStore.h"
#include "core/util/DatabaseLocation.h"
#include "ui/settings/ConsoleSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

namespace {

QSpinBox* minutesBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 24 * 60);
    box->setSuffix(QCoreApplication::translate("dd::SettingsDialog", " min"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const Database* database, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_databaseConnection(database)
    , m_actor(actor)
    , m_database(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_login(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Desktop notification when a clock enters warning, when it breaches and when an "
                                "emergency arrives"),
                             this))
    , m_sound(new QCheckBox(tr("With the desktop's message sound"), this))
    , m_percent(new QSpinBox(this))
    , m_emergencyMinutes(minutesBox(this))
    , m_standardMinutes(minutesBox(this))
    , m_urgentMinutes(minutesBox(this))
    , m_shortened(
          new QCheckBox(tr("A shortened pre-holiday day ends an hour early (15:00) for standard requests"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    using K = ConsoleSettings::Key;

    auto* connection = new QGroupBox(tr("Database"), this);
    auto* connectionForm = new QFormLayout(connection);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setText(ConsoleSettings::value(K::Database).toString());
    m_database->setPlaceholderText(DatabaseLocation::defaultLocation().displayName());
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged (kept in the system keychain)"));
    connectionForm->addRow(tr("SQLite file or postgresql://user@host:port/db:"), m_database);
    connectionForm->addRow(tr("PostgreSQL password:"), m_password);
    connectionForm->addRow(new QLabel(tr("A new database is used after a restart."), connection));

    auto* desk = new QGroupBox(tr("This desktop"), this);
    auto* deskForm = new QFormLayout(desk);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(ConsoleSettings::value(K::Language).toString())));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setText(ConsoleSettings::value(K::Login).toString());
    m_login->setPlaceholderText(ConsoleSettings::login());
    deskForm->addRow(tr("Language (after a restart):"), m_language);
    deskForm->addRow(tr("Your login:"), m_login);

    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setChecked(ConsoleSettings::value(K::NotifyDesktop).toBool());
    deskForm->addRow(m_notify);
    m_sound->setObjectName(QStringLiteral("soundCheck"));
    m_sound->setChecked(ConsoleSettings::value(K::NotifySound).toBool());
    m_sound->setEnabled(m_notify->isChecked());
    connect(m_notify, &QCheckBox::toggled, m_sound, &QCheckBox::setEnabled);
    deskForm->addRow(m_sound);

    // Shared through the database: every desktop computes the same deadlines and states.
    auto* warnings = new QGroupBox(tr("Breach warnings (shared by every desktop of this database)"), this);
    auto* warningForm = new QFormLayout(warnings);
    m_percent->setObjectName(QStringLiteral("warningPercentSpin"));
    m_percent->setRange(1, 99);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_emergencyMinutes->setObjectName(QStringLiteral("emergencyMinutesSpin"));
    m_standardMinutes->setObjectName(QStringLiteral("standardMinutesSpin"));
    m_urgentMinutes->setObjectName(QStringLiteral("urgentMinutesSpin"));
    warningForm->addRow(tr("Warning when less than this share is left:"), m_percent);
    warningForm->addRow(tr("…or less than, for emergency:"), m_emergencyMinutes);
    warningForm->addRow(tr("…for standard (working time):"), m_standardMinutes);
    warningForm->addRow(tr("…for urgent:"), m_urgentMinutes);

    auto* schedule = new QGroupBox(tr("Service hours (shared by every desktop of this database)"), this);
    auto* scheduleLayout = new QVBoxLayout(schedule);
    m_shortened->setObjectName(QStringLiteral("shortenedCheck"));
    scheduleLayout->addWidget(m_shortened);
    std::optional<SlaSettings> shared;
    QString sharedProblem = tr("Open a database to change the settings shared through it.");
    if (m_databaseConnection) {
        auto loaded = SlaConfiguration::loadSettings(*m_databaseConnection);
        if (loaded) {
            shared = *loaded;
        } else {
            sharedProblem = tr("The shared settings cannot be read: %1").arg(loaded.error().toString());
        }
    }
    m_shared = shared;
    showShared(shared.value_or(SlaSettings {}));
    for (QGroupBox* box : { warnings, schedule }) {
        box->setEnabled(m_shared.has_value());
        if (!m_shared) {
            box->setToolTip(sharedProblem);
        }
    }

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    for (QWidget* widget : std::initializer_list<QWidget*> { connection, desk, warnings, schedule, m_message }) {
        layout->addWidget(widget);
    }
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::save()
{
    using K = ConsoleSettings::Key;
    const QString location = m_database->text().trimmed();
    if (!location.isEmpty()) {
        auto parsed = DatabaseLocation::parse(location);
        if (!parsed) {
            m_message->setText(parsed.error().toString());
            m_message->show();
            return;
        }
        if (!m_password->text().isEmpty()) {
            if (!parsed->isPostgres()) {
                m_message->setText(tr("Only a PostgreSQL database takes a password."));
                m_message->show();
                return;
            }
            if (auto stored
                = CredentialStore().writePassword(CredentialStore::databaseKey(*parsed), m_password->text());
                !stored) {
                m_message->setText(tr("The password was not saved: %1").arg(stored.error().toString()));
                m_message->show();
                return;
            }
        }
    }
    if (!ConsoleSettings::setValue(K::Login, m_login->text().trimmed())) {
        m_message->setText(tr("A login has no spaces."));
        m_message->show();
        return;
    }
    ConsoleSettings::setValue(K::Database, location);
    ConsoleSettings::setValue(K::Language, m_language->currentData().toString());
    if (m_shared && m_databaseConnection && sharedFromFields() != *m_shared) {
        if (auto stored = SlaConfiguration::saveSettings(*m_databaseConnection, sharedFromFields(), m_actor); !stored) {
            refuse(tr("The shared settings were not saved: %1").arg(stored.error().toString()));
            return;
        }
    }
    ConsoleSettings::setValue(K::NotifyDesktop, m_notify->isChecked());
    ConsoleSettings::setValue(K::NotifySound, m_sound->isChecked());
    accept();
    emit settingsSaved();
}

void SettingsDialog::showShared(const SlaSettings& settings)
{
    m_percent->setValue(qRound(settings.warningFor(SlaLevel::Standard).share * 100));
    m_emergencyMinutes->setValue(int(settings.warningFor(SlaLevel::Emergency).seconds / 60));
    m_standardMinutes->setValue(int(settings.warningFor(SlaLevel::Standard).seconds / 60));
    m_urgentMinutes->setValue(int(settings.warningFor(SlaLevel::Urgent).seconds / 60));
    m_shortened->setChecked(settings.shortenedDays);
}

SlaSettings SettingsDialog::sharedFromFields() const
{
    SlaSettings settings = m_shared.value_or(SlaSettings {});
    const double share = m_percent->value() / 100.0;
    const std::pair<SlaLevel, const QSpinBox*> minutes[] = { { SlaLevel::Emergency, m_emergencyMinutes },
                                                             { SlaLevel::Standard, m_standardMinutes },
                                                             { SlaLevel::Urgent, m_urgentMinutes } };
    for (const auto& [level, box] : minutes) {
        settings.warning[static_cast<int>(level)] = { share, box->value() * 60LL };
    }
    settings.shortenedDays = m_shortened->isChecked();
    return settings;
}

void SettingsDialog::refuse(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace dd
