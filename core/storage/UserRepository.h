#pragma once

#include "core/domain/Actor.h"
#include "core/domain/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dd {

class Database;

// Users and their roles (docs/rules.md#roles).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::UserRepository)

public:
    explicit UserRepository(const Database& database);

    // Logins double as PostgreSQL role names: lower-case Latin letters, digits, _ . -
    static bool isValidLogin(const QString& login);

    Result<User> add(const User& user) const;
    Result<std::optional<User>> findByLogin(const QString& login) const;
    Result<std::optional<User>> findById(qint64 id) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;
    // Whether anyone holds `role`; until an administrator exists anyone may add one
    // (the first start of an embedded database).
    Result<bool> anyoneHas(Role role) const;

    // Changes a user's name, e-mail, phone and roles (issue 17). `expectedVersion` is the
    // version the editor read: a stale edit is refused naming what the user holds now.
    Status update(const User& user, qint64 expectedVersion) const;
    // The tickets assigned to the user that are not resolved or closed.
    Result<QList<qint64>> openTicketIds(qint64 userId) const;
    // Deactivates a user (they can no longer be assigned or chosen for a project). With
    // open tickets, `reassignTo` (a user id) takes them over, each a versioned ticket
    // change in its history; without it, the deactivation is refused naming how many.
    Status deactivate(const QString& login, std::optional<qint64> reassignTo, const Actor& actor) const;
    // Projects: the user must be active and hold `role` (account manager, programmer, tester).
    Status requireRole(qint64 userId, Role role) const;

    // The actor for history rows: the user with `login` when there is one; otherwise,
    // when `mustExist` is false, the bare login.
    Result<Actor> actorFor(const QString& login, bool mustExist) const;

private:
    Result<QList<User>> select(const QString& where, const QVariantList& values) const;
    Status syncLogin(qint64 userId) const;

    const Database& m_database;
};

} // namespace dd
