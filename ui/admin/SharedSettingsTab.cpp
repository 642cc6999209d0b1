#include "ui/admin/SharedSettingsTab.h"

#include "ui/admin/AdministrationService.h"

#include "core/storage/SharedSettings.h"
#include "core/util/DurationText.h"
#include "core/util/MoscowTime.h"
#include "ui/admin/AdministrationWindow.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QString objectNameFor(const QString& key)
{
    QString name = key;
    name.replace(u'.', u'-');
    return name + QStringLiteral("-edit");
}

// The stored form shown the way it is typed (durations as 1h30m).
QString shown(const SettingDefinition& definition, const QString& stored)
{
    return definition.type == SettingType::Duration ? durationText(stored.toLongLong()) : stored;
}

} // namespace

SharedSettingsTab::SharedSettingsTab(const AdministrationService& service, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_outcome(new QLabel(this))
    , m_history(new QTreeWidget(this))
{
    auto* form = new QFormLayout;
    for (const SettingDefinition& definition : SharedSettings::definitions()) {
        if (definition.scope != SettingScope::Shared || definition.type == SettingType::Text) {
            continue;
        }
        QWidget* editor = nullptr;
        if (definition.type == SettingType::Switch) {
            editor = new QCheckBox(this);
        } else if (definition.type == SettingType::Number) {
            auto* spin = new QSpinBox(this);
            spin->setRange(int(definition.minimum), int(definition.maximum));
            editor = spin;
        } else {
            auto* line = new QLineEdit(this);
            line->setPlaceholderText(definition.acceptedValues());
            editor = line;
        }
        editor->setObjectName(objectNameFor(definition.key));
        editor->setToolTip(definition.key + QStringLiteral(": ") + definition.acceptedValues());
        m_editors.insert(definition.key, editor);
        form->addRow(definition.description(), editor);
    }
    auto* saveButton = new QPushButton(tr("Save for every desktop"), this);
    saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(saveButton, &QPushButton::clicked, this, &SharedSettingsTab::save);
    m_outcome->setObjectName(QStringLiteral("settingsOutcome"));
    m_outcome->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("settingsHistory"));
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("Setting"), tr("Old"), tr("New") });
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
    layout->addWidget(new QLabel(tr("Changes"), this));
    layout->addWidget(m_history, 1);
}

QString SharedSettingsTab::editorValue(const QString& key) const
{
    QWidget* editor = m_editors.value(key);
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        return check->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        return QString::number(spin->value());
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text();
    }
    return {};
}

void SharedSettingsTab::setEditorValue(const QString& key, const QString& value)
{
    QWidget* editor = m_editors.value(key);
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value == QLatin1String("on"));
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value);
    }
}

void SharedSettingsTab::reload()
{
    auto values = m_service.settings();
    if (!values) {
        showOutcome(m_outcome, values.error().message, {});
        return;
    }
    for (const SettingValue& value : *values) {
        if (!m_editors.contains(value.key)) {
            continue;
        }
        m_loaded.insert(value.key, value.value);
        m_versions.insert(value.key, value.version);
        setEditorValue(value.key, shown(*SharedSettings::find(value.key), value.value));
    }
    loadHistory();
}

void SharedSettingsTab::save()
{
    int saved = 0;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const SettingDefinition* definition = SharedSettings::find(it.key());
        const auto typed = definition->normalize(editorValue(it.key()));
        if (typed && *typed == m_loaded.value(it.key())) {
            continue;
        }
        // Versioned: someone else's change since reload() is refused, naming them.
        const Status written
            = m_service.setSetting(it.key(), editorValue(it.key()), m_actor, m_versions.value(it.key()));
        if (!written) {
            showOutcome(m_outcome, written.error().message, {});
            if (saved > 0) {
                emit changed();
            }
            return;
        }
        ++saved;
        if (auto now = m_service.setting(it.key())) {
            m_loaded.insert(it.key(), now->value);
            m_versions.insert(it.key(), now->version);
        }
    }
    showOutcome(m_outcome, {},
                saved > 0 ? tr("Saved; every desktop uses the new values now.") : tr("Nothing changed."));
    loadHistory();
    if (saved > 0) {
        emit changed();
    }
}

void SharedSettingsTab::loadHistory()
{
    m_history->clear();
    auto changes = m_service.settingsHistory(50);
    if (!changes) {
        return;
    }
    for (const SettingChange& change : *changes) {
        m_history->addTopLevelItem(
            new QTreeWidgetItem({ formatMoscowIso(change.at), change.by, change.key,
                                  change.oldValue.value_or(QStringLiteral("—")), change.newValue.left(60) }));
    }
}

} // namespace dd
