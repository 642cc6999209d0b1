#pragma once

#include "core/domain/Client.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dd {

class Database;

// Clients with their official and trusted e-mail addresses (docs/rules.md#tickets: only these may
// file requests by e-mail).
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ClientRepository)

public:
    explicit ClientRepository(const Database& database);

    Result<Client> add(const Client& client) const;
    Result<QList<Client>> all() const;
    // By id ("12") or exact name.
    Result<std::optional<Client>> find(const QString& idOrName) const;
    // The client whose official or trusted address `email` is, if any.
    Result<std::optional<Client>> findBySender(const QString& email) const;

private:
    Result<QList<Client>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace dd
