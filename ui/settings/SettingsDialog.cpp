#include "ui/settings/SettingsDialog.h"

#include "core/storage/Database.h"
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
#include <QVBoxLayout>

namespace dd {

SettingsDialog::SettingsDialog(const Database* database, const Actor& actor, const QList<User>& users, QWidget* parent)
    : QDialog(parent)
    , m_databaseConnection(database)
    , m_actor(actor)
    , m_database(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_login(new QComboBox(this))
    , m_notify(new QCheckBox(tr("Desktop notifications: warnings, breaches, new emergency tickets, escalations"), this))
    , m_sound(new QCheckBox(tr("With the desktop's message sound"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QGroupBox* connection = createConnectionBox();
    QGroupBox* desk = createDesktopBox(users);

    // Shared values (warnings, the shortened-day rule, mail addresses) live in the database and
    // are changed in the Administration window, so no desktop keeps a copy of its own.
    auto* shared = new QLabel(tr("Breach warnings, service hours, tariffs and mail settings are shared by every "
                                 "desktop of the database: administrators change them in Administration."),
                              this);
    shared->setObjectName(QStringLiteral("sharedSettingsNote"));
    shared->setWordWrap(true);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    for (QWidget* widget : std::initializer_list<QWidget*> { connection, desk, shared, m_message }) {
        layout->addWidget(widget);
    }
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

QGroupBox* SettingsDialog::createConnectionBox()
{
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
    return connection;
}

// Language, who works here, desktop notifications.
QGroupBox* SettingsDialog::createDesktopBox(const QList<User>& users)
{
    using K = ConsoleSettings::Key;
    auto* desk = new QGroupBox(tr("This desktop"), this);
    auto* deskForm = new QFormLayout(desk);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(ConsoleSettings::value(K::Language).toString())));
    m_login->setObjectName(QStringLiteral("loginCombo"));
    fillLogins(users);
    deskForm->addRow(tr("Language (after a restart):"), m_language);
    deskForm->addRow(tr("You are:"), m_login);

    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setChecked(ConsoleSettings::value(K::NotifyDesktop).toBool());
    deskForm->addRow(m_notify);
    m_sound->setObjectName(QStringLiteral("soundCheck"));
    m_sound->setChecked(ConsoleSettings::value(K::NotifySound).toBool());
    m_sound->setEnabled(m_notify->isChecked());
    connect(m_notify, &QCheckBox::toggled, m_sound, &QCheckBox::setEnabled);
    deskForm->addRow(m_sound);
    return desk;
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
    if (m_login->isEnabled() && !ConsoleSettings::setValue(K::Login, m_login->currentData().toString())) {
        m_message->setText(tr("A login has no spaces."));
        m_message->show();
        return;
    }
    ConsoleSettings::setValue(K::Database, location);
    ConsoleSettings::setValue(K::Language, m_language->currentData().toString());
    ConsoleSettings::setValue(K::NotifyDesktop, m_notify->isChecked());
    ConsoleSettings::setValue(K::NotifySound, m_sound->isChecked());
    accept();
    emit settingsSaved();
}

void SettingsDialog::fillLogins(const QList<User>& users)
{
    if (m_databaseConnection && m_databaseConnection->isPostgres()) {
        // The server knows who is connected; a desktop setting cannot make anyone else.
        m_login->addItem(m_actor.displayName(), m_actor.login);
        m_login->setEnabled(false);
        m_login->setToolTip(tr("On the shared database you work as your PostgreSQL login, %1.").arg(m_actor.login));
        return;
    }
    const QString saved = ConsoleSettings::value(ConsoleSettings::Key::Login).toString();
    m_login->addItem(tr("The system login (%1)").arg(ConsoleSettings::systemLogin()), QString());
    bool savedListed = saved.isEmpty();
    for (const User& user : users) {
        if (!user.active && user.login != saved) {
            continue;
        }
        m_login->addItem(QStringLiteral("%1 — %2").arg(user.displayName(), user.login), user.login);
        savedListed = savedListed || user.login == saved;
    }
    if (!savedListed) {
        m_login->addItem(tr("%1 (not a user of this database)").arg(saved), saved);
    }
    m_login->setCurrentIndex(std::max(0, m_login->findData(saved)));
    m_login->setToolTip(tr("Who works at this desktop: “My tickets” and your actions follow this choice."));
}

void SettingsDialog::refuse(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace dd
