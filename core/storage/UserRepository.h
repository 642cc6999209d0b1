#pragma once

#include "core/domain/Actor.h"
#include "core/domain/User.h"
#include "core/util/Result.h"

#include <QList>

#include <optional>

namespace dd {

class Database;

// Users and their roles (docs/rules.md#roles).
class UserRepository
{
public:
    explicit UserRepository(const Database& database);

    Result<User> add(const User& user) const;
    Result<std::optional<User>> findByLogin(const QString& login) const;
    Result<std::optional<User>> findById(qint64 id) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;
    // Whether anyone holds `role`; until an administrator exists anyone may add one
    // (the first start of an embedded database).
    Result<bool> anyoneHas(Role role) const;

    // The actor for history rows: the user with `login` when there is one; otherwise,
    // when `mustExist` is false, the bare login.
    Result<Actor> actorFor(const QString& login, bool mustExist) const;

private:
    Result<QList<User>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace dd
