#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Project.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A fresh SQLite database with one client, a tester, a manager and three projects
// (an active shop with the tester, a second active shop, a paused one). Shared by the
// core, CLI and GUI tests of the testing schedule.
class RegressionFixture
{
public:
    // Empty `error` on success. `location` empty: a fresh SQLite file; else that
    // (empty, PostgreSQL) database, opened as its owner.
    explicit RegressionFixture(QString* error, const QString& location = QString());

    // The database as dutydeskctl --database takes it.
    QString path() const { return m_location; }
    Database& db() { return *m_db; }
    Actor testerActor() const { return { tester.id, tester.login, tester.fullName }; }
    Actor managerActor() const { return { manager.id, manager.login, manager.fullName }; }

    User tester;
    User manager;
    Project shop; // active since 2026-01-15, tester olga
    Project second; // active since 2025-11-30, tester olga, monthly
    Project paused; // paused

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
};

} // namespace dd::test
