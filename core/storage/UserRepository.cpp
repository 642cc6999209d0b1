#include "core/storage/UserRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dd {

namespace { } // namespace

UserRepository::UserRepository(const Database& database)
    : m_database(database)
{ }

Result<User> UserRepository::add(const User& user) const
{
    static const QRegularExpression loginShape(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!loginShape.match(user.login).hasMatch()) {
        // Logins double as PostgreSQL role names, so keep them to a portable shape.
        return Error { QCoreApplication::translate(
                           "dd::UserRepository", "“%1” is not a valid login (lower-case Latin letters, digits, _ . -)")
                           .arg(user.login) };
    }
    if (user.roles.isEmpty()) {
        return Error { QCoreApplication::translate("dd::UserRepository", "a user needs at least one role (%1)")
                           .arg(allRoleSlugs().join(QStringLiteral(", "))) };
    }
    if (auto existing = findByLogin(user.login); !existing) {
        return existing.error();
    } else if (existing.value()) {
        return Error {
            QCoreApplication::translate("dd::UserRepository", "there is already a user “%1”").arg(user.login)
        };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto inserted
        = m_database.runScalar(QStringLiteral("INSERT INTO users (login, full_name, email, active, created_at) "
                                              "VALUES (?, ?, ?, ?, %1) RETURNING id")
                                   .arg(m_database.nowSql()),
                               { user.login, user.fullName.isEmpty() ? user.login : user.fullName,
                                 textOrNull(user.email), user.active ? 1 : 0 });
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->isNull()) {
        return Error { QCoreApplication::translate("dd::UserRepository", "the new user got no id") };
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

Result<QList<User>> UserRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.run(QStringLiteral("SELECT id, login, full_name, email, active, version FROM users %1 "
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
            return Error { QCoreApplication::translate("dd::UserRepository", "there is no user “%1”").arg(login) };
        }
        return Actor { 0, login, QString() };
    }
    return Actor { (*user)->id, (*user)->login, (*user)->fullName };
}

} // namespace dd
