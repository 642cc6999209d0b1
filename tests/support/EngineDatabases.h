#pragma once

#include "core/storage/Database.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"
#include "tests/support/PostgresServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// The storage suites run on both engines from one source: built plainly they open SQLite
// files in a temporary folder; built with DUTYDESK_TEST_POSTGRES, fresh databases on a
// throwaway server. Each test asks for its own database by name.
class EngineDatabases
{
public:
    // Starts the PostgreSQL server when `postgres`.
    Status start(bool postgres);
    // start() on the engine the including suite is built for. Inline, so the suite's own
    // DUTYDESK_TEST_POSTGRES decides, not this library's.
    Status startBuiltEngine()
    {
#ifdef DUTYDESK_TEST_POSTGRES
        return start(true);
#else
        return start(false);
#endif
    }

    // Where database `name` lives, created empty on the server (its name lower-cased there).
    Result<DatabaseLocation> create(const QString& name);
    // A new database `name`, migrated like a program opens it, without the server clock
    // (tests install fake ones); nullptr, with a warning, when it cannot be made.
    std::unique_ptr<Database> fresh(const QString& name);

    // nullptr on SQLite.
    PostgresServer* server() const
    {
        return m_server.get();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_server;
};

} // namespace dd::test
