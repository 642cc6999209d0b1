#pragma once

#include "core/domain/Project.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dd {

class Database;

// Client projects with their account manager, programmer and tester (docs/rules.md#regression-testing).
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ProjectRepository)

public:
    explicit ProjectRepository(const Database& database);

    Result<Project> add(const Project& project) const;
    // Name and short name of an existing project, if nobody changed it since `expectedVersion`;
    // a stale edit is refused naming what the project is now.
    Result<Project> update(const Project& project, qint64 expectedVersion) const;
    Result<QList<Project>> all() const;
    // By id ("7"), code ("rybolov") or exact name.
    Result<std::optional<Project>> find(const QString& reference) const;
    Result<QStringList> tariffCodes() const;

private:
    // Trimmed, at most Project::maxShortNameLength, held by no other project.
    Status checkShortName(const QString& shortName, qint64 projectId) const;
    Result<QList<Project>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace dd
