#pragma once

#include <QString>

namespace dd {

// Who makes a change, for the history (docs/rules.md#tickets "who, when, what"). A login that has no
// user row (the OS login on a fresh database, the intake daemon) is still recorded as
// text. On PostgreSQL the server stamps the login itself (SessionIdentity,
// ServerIdentityMigration); this is what SQLite records.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString fullName;

    QString displayName() const { return fullName.isEmpty() ? login : fullName; }
};

} // namespace dd
