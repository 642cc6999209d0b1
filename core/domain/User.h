#pragma once

#include "core/domain/Vocabulary.h"

#include <QList>
#include <QString>

namespace dd {

// A person who works in the console. One person may hold several roles (docs/rules.md#roles).
struct User
{
    qint64 id = 0;
    QString login; // unique; on PostgreSQL also the server role name
    QString fullName;
    QString email;
    bool active = true;
    QList<Role> roles;
    qint64 version = 1;
    QString phone; // last: older code builds users positionally

    bool hasRole(Role role) const { return roles.contains(role); }
    QString displayName() const { return fullName.isEmpty() ? login : fullName; }
};

} // namespace dd
