#pragma once

#include "core/domain/Actor.h"
#include "core/domain/User.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dd {

class AdministrationService;

// People and their roles: add, edit (name, e-mail, phone, roles; versioned) and
// deactivate — someone with open tickets is deactivated only once an engineer is chosen
// to take them over.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    UsersTab(const AdministrationService& service, const Actor& actor, QWidget* parent = nullptr);

public slots:
    void reload();
    void addUser();
    void saveUser();
    void deactivateUser();

private:
    void userSelected();
    QList<Role> checkedRoles() const;

    const AdministrationService& m_service;
    Actor m_actor;
    QList<User> m_users;
    QTableWidget* m_table;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QHash<Role, QCheckBox*> m_roles;
    QComboBox* m_reassign;
    qint64 m_selectedVersion = 0;
    qint64 m_selectedId = 0;
    QLabel* m_outcome;
};

} // namespace dd
