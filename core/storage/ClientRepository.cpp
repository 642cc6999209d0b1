#include "core/storage/ClientRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {
bool looksLikeEmail(const QString& text)
{
    const int at = text.indexOf(QLatin1Char('@'));
    return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' '));
}
} // namespace

ClientRepository::ClientRepository(const Database& database)
    : m_database(database)
{ }

Result<Client> ClientRepository::add(const Client& client) const
{
    if (client.name.trimmed().isEmpty()) {
        return Error { ClientRepository::tr("a client needs a name") };
    }
    if (!looksLikeEmail(client.officialEmail)) {
        return Error { ClientRepository::tr("“%1” is not an e-mail address").arg(client.officialEmail) };
    }
    for (const TrustedAddress& trusted : client.trusted) {
        if (!looksLikeEmail(trusted.email)) {
            return Error { ClientRepository::tr("“%1” is not an e-mail address").arg(trusted.email) };
        }
    }
    if (auto existing = find(client.name); !existing) {
        return existing.error();
    } else if (existing.value()) {
        return Error { ClientRepository::tr("there is already a client “%1”").arg(client.name) };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto inserted = m_database.runScalar(
        QStringLiteral("INSERT INTO clients (name, official_email, created_at) VALUES (?, ?, %1) RETURNING id")
            .arg(m_database.nowSql()),
        { client.name.trimmed(), client.officialEmail.trimmed().toLower() });
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->isNull()) {
        return Error { ClientRepository::tr("the new client got no id") };
    }
    const qint64 id = inserted->toLongLong();
    auto trustedInsert = m_database.prepare(
        QStringLiteral("INSERT INTO client_trusted_addresses (client_id, email, person_name) VALUES (?, ?, ?)"));
    if (!trustedInsert) {
        return trustedInsert.error();
    }
    for (const TrustedAddress& trusted : client.trusted) {
        if (auto done = Database::exec(trustedInsert.value(),
                                       { id, trusted.email.trimmed().toLower(), textOrNull(trusted.personName) });
            !done) {
            return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    auto stored = select(QStringLiteral("WHERE id = ?"), { id });
    if (!stored) {
        return stored.error();
    }
    return stored->first();
}

Result<QList<Client>> ClientRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT id, name, official_email, version FROM clients %1 ORDER BY name").arg(where), values);
    if (!query) {
        return query.error();
    }
    QList<Client> clients;
    QHash<qint64, int> indexById;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        Client client;
        client.id = rows.value(0).toLongLong();
        client.name = rows.value(1).toString();
        client.officialEmail = rows.value(2).toString();
        client.version = rows.value(3).toLongLong();
        indexById.insert(client.id, clients.size());
        clients << client;
    }
    if (clients.isEmpty()) {
        return clients;
    }
    auto trusted = m_database.run(
        QStringLiteral("SELECT client_id, email, person_name FROM client_trusted_addresses ORDER BY client_id, email"));
    if (!trusted) {
        return trusted.error();
    }
    QSqlQuery& trustedRows = trusted.value();
    while (trustedRows.next()) {
        const auto index = indexById.constFind(trustedRows.value(0).toLongLong());
        if (index != indexById.constEnd()) {
            clients[*index].trusted << TrustedAddress { trustedRows.value(1).toString(),
                                                        trustedRows.value(2).toString() };
        }
    }
    return clients;
}

Result<QList<Client>> ClientRepository::all() const
{
    return select(QString(), {});
}

Result<std::optional<Client>> ClientRepository::find(const QString& idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    auto clients = isNumber ? select(QStringLiteral("WHERE id = ?"), { id })
                            : select(QStringLiteral("WHERE name = ?"), { idOrName.trimmed() });
    if (!clients) {
        return clients.error();
    }
    return clients->isEmpty() ? std::optional<Client>() : std::optional<Client>(clients->first());
}

Result<std::optional<Client>> ClientRepository::findBySender(const QString& email) const
{
    const QString address = email.trimmed().toLower();
    auto clients = select(QStringLiteral("WHERE official_email = ? OR id IN "
                                         "(SELECT client_id FROM client_trusted_addresses WHERE email = ?)"),
                          { address, address });
    if (!clients) {
        return clients.error();
    }
    return clients->isEmpty() ? std::optional<Client>() : std::optional<Client>(clients->first());
}

} // namespace dd
