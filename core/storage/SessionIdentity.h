#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Permissions.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd {

class Database;

// Who acts on a connection (docs/shared-database.md). On PostgreSQL it is the login
// (session_user → users.login), never a name a program was given: the server stamps
// history with it (ServerIdentityMigration). On SQLite — one desktop, no security
// boundary — the given name is believed.
class SessionIdentity
{
    Q_DECLARE_TR_FUNCTIONS(dd::SessionIdentity)

public:
    // The login of the connection; empty on SQLite.
    static Result<QString> serverLogin(const Database& database);
    // Whether the login belongs to a group role (directly or through others). The owner
    // of the tables belongs to every role. Always false on SQLite.
    static Result<bool> isMember(const Database& database, const QString& groupRole);
    // The owner of the tables (or a superuser): migrations, provisioning, fixtures.
    static Result<bool> isOwner(const Database& database);
    // The dutydesk_* group roles the login belongs to (the owner: all of them).
    static Result<QStringList> groupRoles(const Database& database);

    // The actor of this session. `requested` is a login a user asked to act as (--as,
    // DUTYDESK_USER; empty for none); `fallback` the login to record when nothing was
    // asked on SQLite (the OS or console login).
    // PostgreSQL: the login's own user. A different `requested` login is refused unless
    // the login is an administrator, who then acts for that user explicitly: the server
    // records "admin X as Y" (the dutydesk.acting_as session setting). The owner of the
    // tables is the trust root and names its actor as on SQLite.
    // SQLite: `requested` (who must exist), else `fallback` as it is.
    static Result<Actor> actor(const Database& database, const QString& requested, const QString& fallback);

    // Administration (users, SLA, calendar…). PostgreSQL asks the server: the login is in
    // dutydesk_admin, or is the owner. SQLite: `actor` is an administrator, or nobody is
    // yet (the first start).
    static Status requireAdmin(const Database& database, const Actor& actor);

    // What the console offers: PostgreSQL asks the server for the login's group roles
    // (the owner gets everything); SQLite uses the actor's roles, everything while the
    // actor has none (a fresh embedded database).
    static Result<Permissions> permissions(const Database& database, const Actor& actor);

    // PostgreSQL: makes `login` a LOGIN role with `password` (created when missing; an
    // existing role keeps its password when `password` is empty) and a member of
    // `groups`. Needs CREATEROLE (the owner, or a superuser): admins do not hold it, so a
    // compromised admin login cannot take over the owner role.
    static Status provisionLogin(const Database& database, const QString& login, const QStringList& groups,
                                 const QString& password);
};

} // namespace dd
