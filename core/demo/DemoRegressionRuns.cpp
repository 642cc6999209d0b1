#include "core/demo/DemoRegressionRuns.h"

#include "core/regression/ChecklistTemplate.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace dd {

namespace {

// Days since each project's last finished run, in project order: with the default
// two-month interval 50 and 58 are due within two weeks, 63 and 70 overdue by days.
constexpr int daysSinceLastRun[] = { 15, 33, 50, 8, 63, 26, 41, 58, 20, 70, 29, 45 };
constexpr qint64 day = 86400;

Status insertRun(const Database& database, qint64 projectId, const QVariant& testerId, qint64 started,
                 const QVariant& finished, const QString& summary, int itemsDone, bool oneFailure)
{
    auto run = database.runScalar(
        QStringLiteral("INSERT INTO test_runs (kind, status, project_id, tester_id, requested_at, started_at, "
                       "finished_at, summary, created_by) VALUES ('regression', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { finished.isNull() ? QStringLiteral("in-progress") : QStringLiteral("finished"), projectId, testerId, started,
          started, finished, summary, testerId });
    if (!run) {
        return run.error();
    }
    const auto items = ChecklistTemplate::defaultOnlineShop().items();
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO test_run_items (run_id, position, slug, title, result, note, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    for (int i = 0; i < items.size(); ++i) {
        const bool done = i < itemsDone;
        const bool failed = done && oneFailure && items[i].slug == QLatin1String("page-speed");
        const QString result = !done ? QStringLiteral("pending")
            : failed                 ? QStringLiteral("fail")
                                     : QStringLiteral("pass");
        const QString note = failed ? QStringLiteral("Главная страница грузится 4,8 с на мобильном")
                                    : QStringLiteral(""); // NOT NULL: a null QString binds as NULL
        if (auto inserted
            = Database::exec(insert.value(),
                             { run->toLongLong(), i + 1, items[i].slug, items[i].title, result, note,
                               done ? QVariant(started + 600 * (i + 1)) : QVariant(), done ? testerId : QVariant() });
            !inserted) {
            return inserted.error();
        }
    }
    return Done {};
}

} // namespace

Status addDemoTestingRuns(const Database& database, qint64 nowEpoch)
{
    auto projects = database.run(QStringLiteral(
        "SELECT id, tester_id FROM projects WHERE status = 'active' AND tester_id IS NOT NULL ORDER BY id"));
    if (!projects) {
        return projects.error();
    }
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    QList<std::pair<qint64, QVariant>> rows;
    while (projects.value().next()) {
        rows.append({ projects.value().value(0).toLongLong(), projects.value().value(1) });
    }
    int index = 0;
    for (const auto& [projectId, testerId] : rows) {
        const int daysAgo = daysSinceLastRun[index % std::size(daysSinceLastRun)];
        const qint64 finished = nowEpoch - daysAgo * day - 3 * 3600;
        const qint64 started = finished - 3 * 3600;
        const bool slowPages = index % 4 == 1;
        const QString summary = slowPages ? QStringLiteral("Всё работает; главная страница медленная на мобильных")
                                          : QStringLiteral("Замечаний нет");
        if (auto done = insertRun(database, projectId, testerId, started, finished, summary, 14, slowPages); !done) {
            return done;
        }
        // The most overdue project is being tested right now.
        if (daysAgo == 70) {
            if (auto open = insertRun(database, projectId, testerId, nowEpoch - 2 * 3600, QVariant(),
                                      QStringLiteral(""), 6, false);
                !open) {
                return open;
            }
        }
        ++index;
    }
    return transaction.commit();
}

} // namespace dd
