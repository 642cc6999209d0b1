#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {

// The desktop's settings: the database connection (its password goes to the system
// keychain, never to the settings file), language, who works here, notification
// thresholds and the shortened-day rule. Values are checked by ConsoleSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

signals:
    void settingsSaved();

private:
    void save();

    QLineEdit* m_database;
    QLineEdit* m_password;
    QComboBox* m_language;
    QLineEdit* m_login;
    QCheckBox* m_notify;
    QSpinBox* m_percent;
    QSpinBox* m_emergencyMinutes;
    QSpinBox* m_standardMinutes;
    QSpinBox* m_urgentMinutes;
    QCheckBox* m_shortened;
    QLabel* m_message;
};

} // namespace dd
