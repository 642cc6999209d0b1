#include "core/storage/SessionIdentity.h"

#include "core/storage/Database.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd {

namespace {

Result<bool> flag(const Database& database, const QString& sql, const QVariantList& values = {})
{
    auto value = database.runScalar(sql, values);
    if (!value) {
        return value.error();
    }
    return value->toBool();
}

} // namespace

Result<QString> SessionIdentity::serverLogin(const Database& database)
{
    if (!database.isPostgres()) {
        return QString();
    }
    auto login = database.runScalar(QStringLiteral("SELECT CAST(session_user AS TEXT)"));
    if (!login) {
        return login.error();
    }
    return login->toString();
}

Result<bool> SessionIdentity::isMember(const Database& database, const QString& groupRole)
{
    if (!database.isPostgres()) {
        return false;
    }
    // A role that does not exist (yet) has no members, rather than an error.
    return flag(database,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) "
                               "AND pg_has_role(session_user, CAST(? AS TEXT), 'MEMBER')"),
                { groupRole, groupRole });
}

Result<bool> SessionIdentity::isOwner(const Database& database)
{
    if (!database.isPostgres()) {
        return false;
    }
    return flag(database,
                QStringLiteral("SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class "
                               "WHERE oid = 'public.tickets'::regclass), 'MEMBER')"));
}

Result<QStringList> SessionIdentity::groupRoles(const Database& database)
{
    QStringList groups;
    for (const QString& group : ServerRolesMigration::groupRoles()) {
        auto member = isMember(database, group);
        if (!member) {
            return member.error();
        }
        if (*member) {
            groups << group;
        }
    }
    return groups;
}

Result<Actor> SessionIdentity::actor(const Database& database, const QString& requested, const QString& fallback)
{
    const UserRepository users(database);
    if (!database.isPostgres()) {
        return requested.isEmpty() ? users.actorFor(fallback, false) : users.actorFor(requested, true);
    }
    auto owner = isOwner(database);
    if (!owner) {
        return owner.error();
    }
    if (*owner) {
        // The trust root (migrations, provisioning, fixtures) names its actor as on SQLite.
        return requested.isEmpty() ? users.actorFor(fallback, false) : users.actorFor(requested, true);
    }
    auto login = serverLogin(database);
    if (!login) {
        return login.error();
    }
    if (requested.isEmpty() || requested == *login) {
        return users.actorFor(*login, false);
    }
    auto admin = isMember(database, QStringLiteral("dutydesk_admin"));
    if (!admin) {
        return admin.error();
    }
    if (!*admin) {
        return Error { SessionIdentity::tr("on the shared database you act as your login “%1”; only an "
                                           "administrator may act as “%2”")
                           .arg(*login, requested) };
    }
    auto target = users.actorFor(requested, true);
    if (!target) {
        return target.error();
    }
    // Session-wide, read by the history trigger, which records "admin X as Y".
    if (auto set = database.run(QStringLiteral("SELECT set_config('dutydesk.acting_as', ?, false)"), { requested });
        !set) {
        return set.error();
    }
    return target;
}

Status SessionIdentity::requireAdmin(const Database& database, const Actor& actor)
{
    if (database.isPostgres()) {
        auto owner = isOwner(database);
        auto admin = isMember(database, QStringLiteral("dutydesk_admin"));
        if (!owner || !admin) {
            return !owner ? owner.error() : admin.error();
        }
        if (*owner || *admin) {
            return Done {};
        }
        auto login = serverLogin(database);
        return Error { SessionIdentity::tr("only an administrator may do this (the login “%1” is not in "
                                           "dutydesk_admin)")
                           .arg(login ? *login : actor.login) };
    }
    const UserRepository users(database);
    auto anyAdmin = users.anyoneHas(Role::Admin);
    if (!anyAdmin) {
        return anyAdmin.error();
    }
    if (!*anyAdmin) {
        return Done {};
    }
    auto user = users.findById(actor.userId);
    if (!user) {
        return user.error();
    }
    if (!*user || !(*user)->hasRole(Role::Admin)) {
        return Error { SessionIdentity::tr("only an administrator may do this (acting as “%1”)").arg(actor.login) };
    }
    return Done {};
}

Result<Permissions> SessionIdentity::permissions(const Database& database, const Actor& actor)
{
    if (!database.isPostgres()) {
        auto user = UserRepository(database).findById(actor.userId);
        if (!user) {
            return user.error();
        }
        return !*user || (*user)->roles.isEmpty() ? Permissions::everything() : Permissions::forRoles((*user)->roles);
    }
    auto owner = isOwner(database);
    if (!owner) {
        return owner.error();
    }
    if (*owner) {
        return Permissions::everything();
    }
    auto groups = groupRoles(database);
    if (!groups) {
        return groups.error();
    }
    QList<Role> roles;
    for (Role role :
         { Role::Engineer, Role::AccountManager, Role::HeadOfSupport, Role::Programmer, Role::Tester, Role::Admin }) {
        if (groups->contains(ServerRolesMigration::groupRoleFor(role))) {
            roles << role;
        }
    }
    return Permissions::forRoles(roles);
}

Status SessionIdentity::provisionLogin(const Database& database, const QString& login, const QStringList& groups,
                                       const QString& password)
{
    if (!database.isPostgres()) {
        return Error { SessionIdentity::tr("database logins exist only on the shared (PostgreSQL) database") };
    }
    auto mayCreate = flag(database,
                          QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                         "WHERE rolname = session_user"));
    if (!mayCreate) {
        return mayCreate.error();
    }
    if (!*mayCreate) {
        return Error { SessionIdentity::tr("creating the login “%1” needs CREATEROLE: run this as the "
                                           "database owner")
                           .arg(login) };
    }
    auto exists = flag(database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"), { login });
    if (!exists) {
        return exists.error();
    }
    if (!*exists && password.isEmpty()) {
        return Error { SessionIdentity::tr("the new login “%1” needs a password").arg(login) };
    }
    // Utility statements take no bound values; format() quotes the identifier and the
    // literal on the server from bound values, so neither can break out.
    QList<std::pair<QString, QVariantList>> steps;
    if (!*exists) {
        steps.append({ QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS TEXT), "
                                      "CAST(? AS TEXT))"),
                       { login, password } });
    } else if (!password.isEmpty()) {
        steps.append({ QStringLiteral("SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', CAST(? AS TEXT), "
                                      "CAST(? AS TEXT))"),
                       { login, password } });
    }
    for (const QString& group : groups) {
        steps.append(
            { QStringLiteral("SELECT format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"), { group, login } });
    }
    for (const auto& [builder, values] : steps) {
        auto statement = database.runScalar(builder, values);
        if (!statement) {
            return statement.error();
        }
        QSqlQuery query(database.connection());
        if (!query.exec(statement->toString())) {
            return Database::sqlError(query);
        }
    }
    return Done {};
}

} // namespace dd
