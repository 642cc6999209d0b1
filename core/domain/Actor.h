#pragma once

#include <QString>

namespace dd {

// Who makes a change, for the history (docs/rules.md#tickets "who, when, what"). A login that has no
// user row (the OS login on a fresh database, the intake daemon) is still recorded as
// text; on PostgreSQL the server role will be the identity once row-level security
// lands.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString fullName;

    QString displayName() const { return fullName.isEmpty() ? login : fullName; }
};

} // namespace dd
