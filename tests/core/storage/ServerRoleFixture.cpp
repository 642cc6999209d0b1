#include "tests/core/storage/ServerRoleFixture.h"

#include "core/schema/SchemaCatalog.h"
#include "tests/support/TestRows.h"

#include <QSqlQuery>

namespace dd::test {

Status ServerRoleFixture::start()
{
    auto server = PostgresServer::start();
    if (!server) {
        return server.error();
    }
    m_server = std::move(server).value();
    if (auto created = m_server->createDatabase(QStringLiteral("support")); !created) {
        return created;
    }
    Database::Options options;
    options.installServerClock = false;
    auto owner = SchemaCatalog::open(*DatabaseLocation::parse(url({})), options);
    if (!owner) {
        return owner.error();
    }
    m_owner = std::move(owner).value();
    const std::pair<const char*, const char*> logins[] {
        { "anna", "dutydesk_engineer" },   { "boris", "dutydesk_manager" }, { "pavel", "dutydesk_programmer" },
        { "petr", "dutydesk_programmer" }, { "tanya", "dutydesk_tester" },  { "tom", "dutydesk_tester" },
        { "alex", "dutydesk_admin" },      { "mailer", "dutydesk_intake" },
    };
    for (const auto& [login, group] : logins) {
        if (auto created = createLogin(QLatin1String(login), QLatin1String(group)); !created) {
            return created;
        }
    }
    return seed();
}

void ServerRoleFixture::stop()
{
    m_logins.clear();
    m_owner.reset();
    m_server.reset();
}

QString ServerRoleFixture::url(const QString& login) const
{
    return login.isEmpty() ? m_server->url(QStringLiteral("support")) : m_server->url(QStringLiteral("support"), login);
}

Status ServerRoleFixture::createLogin(const QString& login, const QString& group)
{
    // Identifiers cannot be bound; these names come from the fixture itself.
    QSqlQuery query(m_owner->connection());
    for (const QString& sql :
         { QStringLiteral("CREATE ROLE %1 LOGIN").arg(login), QStringLiteral("GRANT %1 TO %2").arg(group, login) }) {
        if (!query.exec(sql)) {
            return Database::sqlError(query);
        }
    }
    auto user = insertUser(*m_owner, login);
    if (!user) {
        return user.error();
    }
    m_ids.insert(login, *user);
    return Done {};
}

Result<qint64> ServerRoleFixture::insert(const QString& sql, const QVariantList& values)
{
    auto id = m_owner->runScalar(expand(sql), values);
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Status ServerRoleFixture::seed()
{
    auto now = m_owner->runScalar(QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)"));
    if (!now) {
        return now.error();
    }
    m_ids.insert(QStringLiteral("now"), now->toLongLong());
    m_ids.insert(QStringLiteral("arrived"), now->toLongLong() - 2 * 86400);
    if (auto seeded = seedProjectsAndTickets(); !seeded) {
        return seeded;
    }
    const QStringList rows {
        QStringLiteral("UPDATE tickets SET arrived_at = {arrived} RETURNING id"),
        // insertTicket numbers without the counter; new tickets continue after them.
        QStringLiteral("UPDATE counters SET value = (SELECT MAX(number) FROM tickets) "
                       "WHERE name = 'ticket-number' RETURNING value"),
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, type, ticket_version) "
                       "SELECT id, arrived_at, arrived_at, 'arrived', 1 FROM tickets RETURNING id"),
        QStringLiteral("INSERT INTO testing_checklists (project_id, items, updated_at) "
                       "SELECT id, 'login: Log in as admin / secret', 0 FROM projects RETURNING project_id"),
        QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                       "VALUES ('mail.support-address', 'support@agency.example', 0) RETURNING 1"),
    };
    for (const QString& sql : rows) {
        if (auto done = insert(sql); !done) {
            return done.error();
        }
    }
    return seedWorkAndQuarantine();
}

// One client; shop (programmer pavel, tester tanya) and blog (petr, tom), a ticket each.
Status ServerRoleFixture::seedProjectsAndTickets()
{
    auto client = insertClient(*m_owner, QStringLiteral("ромашка"));
    if (!client) {
        return client.error();
    }
    m_ids.insert(QStringLiteral("client"), *client);
    const QList<std::pair<QString, QString>> projects { { QStringLiteral("shop"), QStringLiteral("tanya") },
                                                        { QStringLiteral("blog"), QStringLiteral("tom") } };
    for (const auto& [code, tester] : projects) {
        const QString programmer = code == QLatin1String("shop") ? QStringLiteral("pavel") : QStringLiteral("petr");
        auto project = insertProject(*m_owner, *client, code, id(programmer), id(tester));
        if (!project) {
            return project.error();
        }
        m_ids.insert(code, *project);
        auto ticket = insertTicket(*m_owner, *project, QStringLiteral("Ticket of ") + code);
        if (!ticket) {
            return ticket.error();
        }
        m_ids.insert(code + QStringLiteral("-ticket"), *ticket);
    }
    return Done {};
}

// Anna's and Pavel's work on the two tickets, and a mail held in quarantine.
Status ServerRoleFixture::seedWorkAndQuarantine()
{
    const QString work = QStringLiteral("INSERT INTO work_log (ticket_id, user_id, started_at, finished_at, "
                                        "created_at) VALUES (?, ?, {arrived} + 3600, {arrived} + 7200, 0) "
                                        "RETURNING id");
    auto annaWork = insert(work, { id(QStringLiteral("blog-ticket")), id(QStringLiteral("anna")) });
    auto pavelWork = insert(work, { id(QStringLiteral("shop-ticket")), id(QStringLiteral("pavel")) });
    auto held = insert(QStringLiteral("INSERT INTO quarantine (reason, detail, sender, subject, raw, raw_sha256, "
                                      "arrived_at, created_at) VALUES ('unknown-sender', 'who?', "
                                      "'stranger@elsewhere.example', 'Hi', 'raw mail', 'sha', {now}, {now}) "
                                      "RETURNING id"));
    if (!annaWork || !pavelWork || !held) {
        return !annaWork ? annaWork.error() : !pavelWork ? pavelWork.error() : held.error();
    }
    m_ids.insert(QStringLiteral("anna-work"), *annaWork);
    m_ids.insert(QStringLiteral("pavel-work"), *pavelWork);
    m_ids.insert(QStringLiteral("held"), *held);
    return Done {};
}

Database* ServerRoleFixture::as(const QString& login)
{
    auto& slot = m_logins[login];
    if (!slot) {
        auto opened = connect(login);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        slot = std::move(opened).value();
    }
    return slot.get();
}

Result<std::unique_ptr<Database>> ServerRoleFixture::connect(const QString& login) const
{
    Database::Options options;
    options.installServerClock = false;
    return SchemaCatalog::open(*DatabaseLocation::parse(url(login)), options);
}

QString ServerRoleFixture::expand(QString sql) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        sql.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::number(it.value()));
    }
    return sql;
}

} // namespace dd::test
