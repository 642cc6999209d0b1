#include "core/storage/ProjectRepository.h"

#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {
// Site URLs are few and short: one per line in a TEXT column.
const QChar urlSeparator = QLatin1Char('\n');

// What a new project must have before the database is asked: a code of the right
// shape, a name, a testing interval.
Status checkNewFields(const Project& project)
{
    static const QRegularExpression codeShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!codeShape.match(project.code).hasMatch()) {
        return Error { ProjectRepository::tr(
                           "“%1” is not a valid project code (lower-case Latin letters, digits and -)")
                           .arg(project.code) };
    }
    if (project.name.trimmed().isEmpty()) {
        return Error { ProjectRepository::tr("a project needs a name") };
    }
    if (project.testingIntervalMonths < 1) {
        return Error { ProjectRepository::tr("the testing interval must be at least one month") };
    }
    return Done {};
}

// The people named must hold the role they are named for (issue 17: a tester is not a programmer).
Status checkStaffRoles(const Database& database, const Project& project)
{
    const UserRepository users(database);
    for (const auto& [id, role] :
         { std::pair { project.accountManagerId, Role::AccountManager },
           std::pair { project.programmerId, Role::Programmer }, std::pair { project.testerId, Role::Tester } }) {
        if (id == 0) {
            continue;
        }
        if (auto holds = users.requireRole(id, role); !holds) {
            return holds.error();
        }
    }
    return Done {};
}

} // namespace

ProjectRepository::ProjectRepository(const Database& database)
    : m_database(database)
{ }

Result<QStringList> ProjectRepository::tariffCodes() const
{
    auto query = m_database.run(QStringLiteral("SELECT code FROM tariffs ORDER BY code"));
    if (!query) {
        return query.error();
    }
    QStringList codes;
    while (query.value().next()) {
        codes << query.value().value(0).toString();
    }
    return codes;
}

Result<Project> ProjectRepository::add(const Project& project) const
{
    if (auto fields = checkNewFields(project); !fields) {
        return fields.error();
    }
    if (auto shortName = checkShortName(project.shortName, 0); !shortName) {
        return shortName.error();
    }
    auto tariffs = tariffCodes();
    if (!tariffs) {
        return tariffs.error();
    }
    if (!tariffs->contains(project.tariff)) {
        return Error { ProjectRepository::tr("unknown tariff “%1” (known: %2)")
                           .arg(project.tariff, tariffs->join(QStringLiteral(", "))) };
    }
    if (auto roles = checkStaffRoles(m_database, project); !roles) {
        return roles.error();
    }
    if (auto existing = find(project.code); !existing) {
        return existing.error();
    } else if (existing.value()) {
        return Error { ProjectRepository::tr("there is already a project “%1”").arg(project.code) };
    }
    auto inserted = m_database.runScalar(
        QStringLiteral(
            "INSERT INTO projects (client_id, code, name, short_name, site_urls, tariff, account_manager_id, "
            "programmer_id, tester_id, start_date, status, testing_interval_months, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1) RETURNING id")
            .arg(m_database.nowSql()),
        { project.clientId, project.code, project.name.trimmed(), textOrNull(project.shortName.trimmed()),
          textOrEmpty(project.siteUrls.join(urlSeparator)), project.tariff, idOrNull(project.accountManagerId),
          idOrNull(project.programmerId), idOrNull(project.testerId),
          textOrNull(project.startDate.isValid() ? project.startDate.toString(Qt::ISODate) : QString()),
          toSlug(project.status), project.testingIntervalMonths });
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->isNull()) {
        return Error { ProjectRepository::tr("the new project got no id") };
    }
    auto stored = select(QStringLiteral("WHERE p.id = ?"), { inserted->toLongLong() });
    if (!stored) {
        return stored.error();
    }
    return stored->first();
}

Status ProjectRepository::checkShortName(const QString& shortName, qint64 projectId) const
{
    const QString trimmed = shortName.trimmed();
    if (trimmed.isEmpty()) {
        return Done {};
    }
    if (trimmed.size() > Project::maxShortNameLength) {
        return Error { ProjectRepository::tr("the short name “%1” is longer than %2 characters")
                           .arg(trimmed)
                           .arg(Project::maxShortNameLength) };
    }
    auto holder = m_database.runScalar(QStringLiteral("SELECT code FROM projects WHERE short_name = ? AND id <> ?"),
                                       { trimmed, projectId });
    if (!holder) {
        return holder.error();
    }
    if (!holder->isNull()) {
        return Error { ProjectRepository::tr("the short name “%1” is already taken by project “%2”")
                           .arg(trimmed, holder->toString()) };
    }
    return Done {};
}

Result<Project> ProjectRepository::update(const Project& project, qint64 expectedVersion) const
{
    if (project.name.trimmed().isEmpty()) {
        return Error { ProjectRepository::tr("a project needs a name") };
    }
    if (auto shortName = checkShortName(project.shortName, project.id); !shortName) {
        return shortName.error();
    }
    auto updated = m_database.run(
        QStringLiteral("UPDATE projects SET name = ?, short_name = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        { project.name.trimmed(), textOrNull(project.shortName.trimmed()), project.id, expectedVersion });
    if (!updated) {
        return updated.error();
    }
    auto now = select(QStringLiteral("WHERE p.id = ?"), { project.id });
    if (!now) {
        return now.error();
    }
    if (now->isEmpty()) {
        return Error { ProjectRepository::tr("the project was removed") };
    }
    if (updated->numRowsAffected() != 1) {
        const Project& current = now->first();
        return Error { ProjectRepository::tr("project “%1” was changed meanwhile (now “%2”, short name “%3”); "
                                             "reload and try again")
                           .arg(current.code, current.name, current.shortName) };
    }
    return now->first();
}

Result<QList<Project>> ProjectRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT p.id, p.client_id, p.code, p.name, p.site_urls, p.tariff, p.account_manager_id, "
                       "p.programmer_id, p.tester_id, p.start_date, p.status, p.testing_interval_months, p.version, "
                       "c.name, p.short_name FROM projects p JOIN clients c ON c.id = p.client_id %1 ORDER BY p.code")
            .arg(where),
        values);
    if (!query) {
        return query.error();
    }
    QList<Project> projects;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        Project project;
        project.id = rows.value(0).toLongLong();
        project.clientId = rows.value(1).toLongLong();
        project.code = rows.value(2).toString();
        project.name = rows.value(3).toString();
        project.siteUrls = rows.value(4).toString().split(urlSeparator, Qt::SkipEmptyParts);
        project.tariff = rows.value(5).toString();
        project.accountManagerId = rows.value(6).toLongLong();
        project.programmerId = rows.value(7).toLongLong();
        project.testerId = rows.value(8).toLongLong();
        project.startDate = QDate::fromString(rows.value(9).toString(), Qt::ISODate);
        project.status = projectStatusFromSlug(rows.value(10).toString()).value_or(ProjectStatus::Active);
        project.testingIntervalMonths = rows.value(11).toInt();
        project.version = rows.value(12).toLongLong();
        project.clientName = rows.value(13).toString();
        project.shortName = rows.value(14).toString();
        projects << project;
    }
    return projects;
}

Result<QList<Project>> ProjectRepository::all() const
{
    return select(QString(), {});
}

Result<std::optional<Project>> ProjectRepository::find(const QString& reference) const
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    auto projects = isNumber
        ? select(QStringLiteral("WHERE p.id = ?"), { id })
        : select(QStringLiteral("WHERE p.code = ? OR p.name = ?"), { reference.trimmed(), reference.trimmed() });
    if (!projects) {
        return projects.error();
    }
    return projects->isEmpty() ? std::optional<Project>() : std::optional<Project>(projects->first());
}

} // namespace dd
