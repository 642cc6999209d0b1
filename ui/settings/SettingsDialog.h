#pragma once

#include "core/domain/Actor.h"
#include "core/sla/SlaSettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {

class Database;

// The desktop's settings — the database connection (its password goes to the system
// keychain, never to the settings file), language, who works here, notifications —
// checked by ConsoleSettings; and, when a database is open, the settings shared by every
// desktop through it: the warning thresholds and the shortened-day rule
// (SlaConfiguration; on PostgreSQL the server refuses them to staff who may not).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a database the shared settings are shown disabled.
    explicit SettingsDialog(const Database* database = nullptr, const Actor& actor = {}, QWidget* parent = nullptr);

signals:
    void settingsSaved();

private:
    void save();
    void showShared(const SlaSettings& settings);
    SlaSettings sharedFromFields() const;
    void refuse(const QString& message);

    const Database* m_databaseConnection;
    Actor m_actor;
    std::optional<SlaSettings> m_shared; // as loaded; nullopt when there is none to edit

    QLineEdit* m_database;
    QLineEdit* m_password;
    QComboBox* m_language;
    QLineEdit* m_login;
    QCheckBox* m_notify;
    QCheckBox* m_sound;
    QSpinBox* m_percent;
    QSpinBox* m_emergencyMinutes;
    QSpinBox* m_standardMinutes;
    QSpinBox* m_urgentMinutes;
    QCheckBox* m_shortened;
    QLabel* m_message;
};

} // namespace dd
