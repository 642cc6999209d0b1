#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// The translation context of regression-run texts: tr() needs a class.
class Regression
{
    Q_DECLARE_TR_FUNCTIONS(dd::Regression)
};

// The testing vocabulary (docs/rules.md#regression-testing). The slugs are what the database, the CLI and JSON use.

// A full regression test of a project (bimonthly, §2.2) or a test of one feature for a ticket.
enum class RunKind { Regression, Feature };

// A feature test exists from the moment a tester is attached to the ticket (`requested`);
// a regression run only from the moment it is started.
enum class RunStatus { Requested, InProgress, Finished };

enum class ItemResult { Pending, Pass, Fail, Skip };

// Where a run stands on the schedule on a given day. `paused`: the project is not active,
// so nothing is due.
enum class ScheduleState { Done, Planned, Due, Overdue, InProgress, Paused };

QString toSlug(RunKind value);
QString toSlug(RunStatus value);
QString toSlug(ItemResult value);
QString toSlug(ScheduleState value);
std::optional<RunKind> runKindFromSlug(const QString& slug);
std::optional<RunStatus> runStatusFromSlug(const QString& slug);
// Accepts "skipped" as well as "skip": the CLI says `skip`, testers say "skipped".
std::optional<ItemResult> itemResultFromSlug(const QString& slug);
std::optional<ScheduleState> scheduleStateFromSlug(const QString& slug);
QStringList allScheduleStateSlugs();

// For the UI; the translated word for the slug.
QString displayName(ItemResult value);
QString displayName(ScheduleState value);

// A screenshot (or any file) attached to a checklist item. The bytes live in the shared
// database, because a path on one desktop means nothing on another (docs/rules.md#shared-database).
struct RegressionAttachment
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString fileName;
    QString mimeType;
    QByteArray data;
};

struct RegressionRunItem
{
    qint64 id = 0;
    qint64 runId = 0;
    int position = 0; // 1-based, the checklist's order
    QString slug;
    QString title;
    ItemResult result = ItemResult::Pending;
    QString note;
    QDateTime recordedAt; // UTC; when the result was last set
    qint64 ticketId = 0; // the defect ticket made from this item, 0 = none
    qint64 ticketNumber = 0;
    QList<RegressionAttachment> attachments; // filled by reads without `data`, see RegressionRepository
};

struct RunCounts
{
    int pass = 0;
    int fail = 0;
    int skip = 0;
    int pending = 0;
    int total() const { return pass + fail + skip + pending; }
};

struct RegressionRun
{
    qint64 id = 0;
    RunKind kind = RunKind::Regression;
    RunStatus status = RunStatus::InProgress;
    qint64 projectId = 0;
    qint64 ticketId = 0; // the ticket whose feature is tested (kind feature), else 0
    qint64 testerId = 0;
    QDate dueDate; // the plan's due date when the run was started / requested
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    QString summary;
    qint64 version = 1;
    QList<RegressionRunItem> items;

    // Filled by reads, for display.
    QString projectCode;
    QString projectName;
    QString testerLogin;
    QString testerName;
    qint64 ticketNumber = 0;

    RunCounts counts() const;
    // An item by its slug or its 1-based number in the checklist (what the CLI accepts).
    const RegressionRunItem* item(const QString& slugOrNumber) const;
};

} // namespace dd
