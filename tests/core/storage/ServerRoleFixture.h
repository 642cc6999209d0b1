#pragma once

#include "core/storage/Database.h"
#include "tests/support/PostgresServer.h"

#include <QHash>

#include <map>
#include <memory>

namespace dd::test {

// A throwaway PostgreSQL with the Dutydesk schema and one login per kind of person, for
// the tests of what the server itself enforces (docs/shared-database.md):
//   anna engineer · boris head of support · pavel programmer of "shop" · petr programmer
//   of "blog" · tanya tester of "shop" · tom tester of "blog" · alex administrator ·
//   mailer the intake daemon (dutydesk_intake)
// Both projects belong to one client (official address ромашка@example.org). Each has a
// ticket that arrived two days ago with its history, a checklist, and work-log rows of
// anna (blog) and pavel (shop); one mail is held in quarantine; the support address is
// support@agency.example. expand() turns {name} into the id or instant of that name.
class ServerRoleFixture
{
public:
    Status start();
    void stop();

    Database& owner() { return *m_owner; }
    // A connection as `login`, kept for the test's lifetime.
    Database* as(const QString& login);
    // A connection of its own (for session settings that must not leak).
    Result<std::unique_ptr<Database>> connect(const QString& login) const;
    qint64 id(const QString& name) const { return m_ids.value(name); }
    QString expand(QString sql) const;
    QString url(const QString& login) const;
    PostgresServer& server() { return *m_server; }

private:
    Status createLogin(const QString& login, const QString& group);
    Status seed();
    Status seedProjectsAndTickets();
    Status seedWorkAndQuarantine();
    Result<qint64> insert(const QString& sql, const QVariantList& values = {});

    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<Database> m_owner;
    std::map<QString, std::unique_ptr<Database>> m_logins;
    QHash<QString, qint64> m_ids;
};

} // namespace dd::test
