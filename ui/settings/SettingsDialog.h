#pragma once

#include "core/domain/Actor.h"
#include "core/domain/User.h"

#include <QList>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dd {

class Database;

// The desktop's settings — the database connection (its password goes to the system
// keychain, never to the settings file), language, who works here, notifications —
// checked by ConsoleSettings. The settings shared by every desktop (warning thresholds,
// the shortened-day rule, mail settings: core/storage/SharedSettings) are not here but
// in the Administration window (ui/admin), so no desktop edits a copy of its own.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `users`: the database's people, to pick who works at this desktop from (on SQLite; on
    // PostgreSQL the server login is the identity and the choice is shown, not offered).
    explicit SettingsDialog(const Database* database = nullptr, const Actor& actor = {}, const QList<User>& users = {},
                            QWidget* parent = nullptr);

signals:
    void settingsSaved();

private:
    QGroupBox* createConnectionBox();
    QGroupBox* createDesktopBox(const QList<User>& users);
    void save();
    void refuse(const QString& message);
    void fillLogins(const QList<User>& users);

    const Database* m_databaseConnection;
    Actor m_actor;

    QLineEdit* m_database;
    QLineEdit* m_password;
    QComboBox* m_language;
    QComboBox* m_login;
    QCheckBox* m_notify;
    QCheckBox* m_sound;
    QLabel* m_message;
};

} // namespace dd
