#include "core/storage/UserRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dd {

namespace { } // namespace

UserRepository::UserRepository(const Database& database)
    : m_database(database)
{ }

bool UserRepository::isValidLogin(const QString& login)
{
    static const QRegularExpression loginShape(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    return loginShape.match(login).hasMatch();
}

Result<User> UserRepository::add(const User& user) const
{
    if (!isValidLogin(user.login)) {
        return Error {
            UserRepository::tr("“%1” is not a valid login (lower-case Latin letters, digits, _ . -)").arg(user.login)
        };
    }
    if (user.roles.isEmpty()) {
        return Error {
            UserRepository::tr("a user needs at least one role (%1)").arg(allRoleSlugs().join(QStringLiteral(", ")))
        };
    }
    if (auto existing = findByLogin(user.login); !existing) {
        return existing.error();
    } else if (existing.value()) {
        return Error { UserRepository::tr("there is already a user “%1”").arg(user.login) };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto inserted
        = m_database.runScalar(QStringLiteral("INSERT INTO users (login, full_name, email, phone, active, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, %1) RETURNING id")
                                   .arg(m_database.nowSql()),
                               { user.login, user.fullName.isEmpty() ? user.login : user.fullName,
                                 textOrNull(user.email), textOrNull(user.phone), user.active ? 1 : 0 });
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->isNull()) {
        return Error { UserRepository::tr("the new user got no id") };
    }
    const qint64 id = inserted->toLongLong();
    auto roleInsert = m_database.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    if (!roleInsert) {
        return roleInsert.error();
    }
    QList<Role> roles;
    for (Role role : user.roles) {
        if (roles.contains(role)) {
            continue;
        }
        roles << role;
        if (auto done = Database::exec(roleInsert.value(), { id, toSlug(role) }); !done) {
            return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    auto stored = findById(id);
    if (!stored) {
        return stored.error();
    }
    return **stored;
}

Status UserRepository::update(const User& user, qint64 expectedVersion) const
{
    if (user.roles.isEmpty()) {
        return Error {
            UserRepository::tr("a user needs at least one role (%1)").arg(allRoleSlugs().join(QStringLiteral(", ")))
        };
    }
    if (!user.email.isEmpty() && !user.email.contains(QLatin1Char('@'))) {
        return Error { UserRepository::tr("“%1” is not an e-mail address").arg(user.email) };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto updated = m_database.run(QStringLiteral("UPDATE users SET full_name = ?, email = ?, phone = ?, "
                                                 "version = version + 1 WHERE id = ? AND version = ?"),
                                  { user.fullName.isEmpty() ? user.login : user.fullName, textOrNull(user.email),
                                    textOrNull(user.phone), user.id, expectedVersion });
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        auto now = findById(user.id);
        if (!now || !*now) {
            return now ? Error { UserRepository::tr("the user was removed") } : now.error();
        }
        return Error { UserRepository::tr("%1 was changed meanwhile (now “%2”, %3); reload and try again")
                           .arg((*now)->login, (*now)->fullName, (*now)->email) };
    }
    if (auto cleared = m_database.run(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), { user.id });
        !cleared) {
        return cleared.error();
    }
    QStringList written;
    for (Role role : user.roles) {
        if (written.contains(toSlug(role))) {
            continue;
        }
        written << toSlug(role);
        if (auto added = m_database.run(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                                        { user.id, toSlug(role) });
            !added) {
            return added.error();
        }
    }
    if (auto synced = syncLogin(user.id); !synced) {
        return synced;
    }
    return transaction.commit();
}

Result<QList<qint64>> UserRepository::openTicketIds(qint64 userId) const
{
    auto rows = m_database.run(QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ? "
                                              "AND status NOT IN ('resolved', 'closed') ORDER BY id"),
                               { userId });
    if (!rows) {
        return rows.error();
    }
    QList<qint64> ids;
    while (rows.value().next()) {
        ids << rows.value().value(0).toLongLong();
    }
    return ids;
}

Status UserRepository::deactivate(const QString& login, std::optional<qint64> reassignTo, const Actor& actor) const
{
    auto found = findByLogin(login);
    if (!found || !*found) {
        return found ? Error { UserRepository::tr("there is no user “%1”").arg(login) } : found.error();
    }
    const User& user = **found;
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto open = openTicketIds(user.id);
    if (!open) {
        return open.error();
    }
    if (!open->isEmpty() && !reassignTo) {
        return Error { UserRepository::tr("%1 has %n open ticket(s); reassign them to someone first", nullptr,
                                          int(open->size()))
                           .arg(login) };
    }
    if (reassignTo) {
        if (auto allowed = requireRole(*reassignTo, Role::Engineer); !allowed) {
            return allowed;
        }
    }
    const TicketRepository tickets(m_database);
    for (qint64 id : *open) {
        auto ticket = tickets.get(id);
        if (!ticket) {
            return ticket.error();
        }
        TicketChange change;
        change.ticketId = id;
        change.expectedVersion = ticket->version;
        change.assigneeId = *reassignTo;
        change.comment = UserRepository::tr("%1 was deactivated").arg(login);
        if (auto moved = tickets.update(change, actor); !moved) {
            return moved.error();
        }
    }
    auto updated = m_database.run(QStringLiteral("UPDATE users SET active = 0, version = version + 1 WHERE id = ?"),
                                  { user.id });
    if (!updated) {
        return updated.error();
    }
    if (auto synced = syncLogin(user.id); !synced) {
        return synced;
    }
    return transaction.commit();
}

Status UserRepository::syncLogin(qint64 userId) const
{
    // The server login follows the row in the same transaction: roles granted or revoked,
    // a deactivated person's login disabled (LoginSyncMigration).
    if (!m_database.isPostgres()) {
        return Done {};
    }
    auto synced
        = m_database.run(QStringLiteral("SELECT dutydesk_sync_login(login) FROM users WHERE id = ?"), { userId });
    return synced ? Status(Done {}) : Status(synced.error());
}

Status UserRepository::requireRole(qint64 userId, Role role) const
{
    auto found = findById(userId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error { UserRepository::tr("there is no user with id %1").arg(userId) };
    }
    if (!(*found)->active) {
        return Error { UserRepository::tr("%1 is deactivated").arg((*found)->login) };
    }
    if (!(*found)->hasRole(role)) {
        return Error { UserRepository::tr("%1 is not a %2 (their roles: %3)").arg((*found)->login, toSlug(role), [&] {
            QStringList slugs;
            for (Role held : (*found)->roles) {
                slugs << toSlug(held);
            }
            return slugs.join(QStringLiteral(", "));
        }()) };
    }
    return Done {};
}

Result<QList<User>> UserRepository::select(const QString& where, const QVariantList& values) const
{
    auto query
        = m_database.run(QStringLiteral("SELECT id, login, full_name, email, active, version, phone FROM users %1 "
                                        "ORDER BY login")
                             .arg(where),
                         values);
    if (!query) {
        return query.error();
    }
    QList<User> users;
    QHash<qint64, int> indexById;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        User user;
        user.id = rows.value(0).toLongLong();
        user.login = rows.value(1).toString();
        user.fullName = rows.value(2).toString();
        user.email = rows.value(3).toString();
        user.active = rows.value(4).toInt() != 0;
        user.version = rows.value(5).toLongLong();
        user.phone = rows.value(6).toString();
        indexById.insert(user.id, users.size());
        users << user;
    }
    if (users.isEmpty()) {
        return users;
    }
    // Roles in a second statement: a handful of rows, and no per-user round trips.
    auto roles = m_database.run(QStringLiteral("SELECT user_id, role FROM user_roles ORDER BY user_id, role"));
    if (!roles) {
        return roles.error();
    }
    QSqlQuery& roleRows = roles.value();
    while (roleRows.next()) {
        const auto index = indexById.constFind(roleRows.value(0).toLongLong());
        if (index == indexById.constEnd()) {
            continue;
        }
        if (auto role = roleFromSlug(roleRows.value(1).toString())) {
            users[*index].roles << *role;
        }
    }
    return users;
}

Result<std::optional<User>> UserRepository::findByLogin(const QString& login) const
{
    auto users = select(QStringLiteral("WHERE login = ?"), { login });
    if (!users) {
        return users.error();
    }
    return users->isEmpty() ? std::optional<User>() : std::optional<User>(users->first());
}

Result<std::optional<User>> UserRepository::findById(qint64 id) const
{
    auto users = select(QStringLiteral("WHERE id = ?"), { id });
    if (!users) {
        return users.error();
    }
    return users->isEmpty() ? std::optional<User>() : std::optional<User>(users->first());
}

Result<QList<User>> UserRepository::all() const
{
    return select(QString(), {});
}

Result<qint64> UserRepository::count() const
{
    auto query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<bool> UserRepository::anyoneHas(Role role) const
{
    auto query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = ?"), { toSlug(role) });
    if (!query) {
        return query.error();
    }
    return query.value().next() && query.value().value(0).toLongLong() > 0;
}

Result<Actor> UserRepository::actorFor(const QString& login, bool mustExist) const
{
    auto user = findByLogin(login);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        if (mustExist) {
            return Error { UserRepository::tr("there is no user “%1”").arg(login) };
        }
        return Actor { 0, login, QString() };
    }
    return Actor { (*user)->id, (*user)->login, (*user)->fullName };
}

} // namespace dd
