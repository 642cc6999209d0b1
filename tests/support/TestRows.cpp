#include "TestRows.h"

#include "core/storage/Database.h"

namespace dd::test {

namespace {

Result<qint64> insertReturningId(const Database& database, const QString& table, const QString& sql,
                                 const QVariantList& values)
{
    if (auto done = database.run(sql, values); !done) {
        return done.error();
    }
    auto id = database.run(QStringLiteral("SELECT MAX(id) FROM %1").arg(table));
    if (!id) {
        return id.error();
    }
    if (!id.value().next()) {
        return Error { QStringLiteral("no row in %1").arg(table) };
    }
    return id.value().value(0).toLongLong();
}

} // namespace

Result<qint64> insertUser(const Database& database, const QString& login)
{
    return insertReturningId(database, QStringLiteral("users"),
                             QStringLiteral("INSERT INTO users (login, full_name, created_at) VALUES (?, ?, 0)"),
                             { login, login });
}

Result<qint64> insertClient(const Database& database, const QString& name)
{
    return insertReturningId(database, QStringLiteral("clients"),
                             QStringLiteral("INSERT INTO clients (name, official_email, created_at) VALUES (?, ?, 0)"),
                             { name, name + QStringLiteral("@example.org") });
}

Result<qint64> insertProject(const Database& database, qint64 clientId, const QString& code, qint64 programmerId,
                             qint64 testerId)
{
    return insertReturningId(database, QStringLiteral("projects"),
                             QStringLiteral("INSERT INTO projects (client_id, code, name, tariff, programmer_id, "
                                            "tester_id, created_at) VALUES (?, ?, ?, 'standard', ?, ?, 0)"),
                             { clientId, code, code, idOrNull(programmerId), idOrNull(testerId) });
}

Result<qint64> insertTicket(const Database& database, qint64 projectId, const QString& subject)
{
    return insertReturningId(
        database, QStringLiteral("tickets"),
        QStringLiteral("INSERT INTO tickets (number, project_id, subject, channel, arrived_at, level, status, "
                       "created_at, updated_at) "
                       "VALUES ((SELECT COALESCE(MAX(number), 0) + 1 FROM tickets), ?, ?, 'email', 0, "
                       "'standard', 'new', 0, 0)"),
        { projectId, subject });
}

Result<qint64> touchTicket(const Database& database, qint64 ticketId, const QString& subject)
{
    if (auto done = database.run(QStringLiteral("UPDATE tickets SET subject = ?, version = version + 1 WHERE id = ?"),
                                 { subject, ticketId });
        !done) {
        return done.error();
    }
    auto version = database.run(QStringLiteral("SELECT version FROM tickets WHERE id = ?"), { ticketId });
    if (!version) {
        return version.error();
    }
    if (!version.value().next()) {
        return Error { QStringLiteral("ticket %1 is not visible").arg(ticketId) };
    }
    return version.value().value(0).toLongLong();
}

} // namespace dd::test
