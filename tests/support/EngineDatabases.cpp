#include "tests/support/EngineDatabases.h"

#include "core/schema/SchemaCatalog.h"

namespace dd::test {

Status EngineDatabases::start(bool postgres)
{
    if (!m_dir.isValid()) {
        return Error { QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()) };
    }
    if (!postgres) {
        return Done {};
    }
    auto started = PostgresServer::start();
    if (!started) {
        return started.error();
    }
    m_server = std::move(started).value();
    return Done {};
}

Result<DatabaseLocation> EngineDatabases::create(const QString& name)
{
    if (!m_server) {
        return DatabaseLocation::parse(m_dir.filePath(name + QStringLiteral(".sqlite")));
    }
    if (auto created = m_server->createDatabase(name.toLower()); !created) {
        return created.error();
    }
    return DatabaseLocation::parse(m_server->url(name.toLower()));
}

std::unique_ptr<Database> EngineDatabases::fresh(const QString& name)
{
    auto location = create(name);
    if (!location) {
        qWarning("%s", qPrintable(location.error().message));
        return nullptr;
    }
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*location, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace dd::test
