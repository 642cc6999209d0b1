#include "RegressionFormat.h"
#include "RegressionCommand.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd::ctl {

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue instantJson(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(formatMoscowIso(instant)) : QJsonValue();
}

QJsonObject countsJson(const RunCounts& c)
{
    return { { QStringLiteral("pass"), c.pass },
             { QStringLiteral("fail"), c.fail },
             { QStringLiteral("skip"), c.skip },
             { QStringLiteral("pending"), c.pending } };
}

} // namespace

QJsonObject entryJson(const ScheduleEntry& e)
{
    return { { QStringLiteral("state"), toSlug(e.state) },
             { QStringLiteral("kind"), toSlug(e.kind) },
             { QStringLiteral("date"), dateJson(e.date) },
             { QStringLiteral("due"), dateJson(e.dueDate) },
             { QStringLiteral("days_overdue"), e.daysOverdue },
             { QStringLiteral("project"), e.projectCode },
             { QStringLiteral("project_name"), e.projectName },
             { QStringLiteral("tester"), e.testerLogin.isEmpty() ? QJsonValue() : QJsonValue(e.testerLogin) },
             { QStringLiteral("run"), e.runId == 0 ? QJsonValue() : QJsonValue(e.runId) },
             { QStringLiteral("ticket"), e.ticketNumber == 0 ? QJsonValue() : QJsonValue(e.ticketNumber) },
             { QStringLiteral("counts"), countsJson(e.counts) } };
}

QJsonObject runJson(const RegressionRun& run)
{
    QJsonArray items;
    for (const RegressionRunItem& item : run.items) {
        QJsonArray files;
        for (const RegressionAttachment& file : item.attachments) {
            files << file.fileName;
        }
        items << QJsonObject { { QStringLiteral("number"), item.position },
                               { QStringLiteral("slug"), item.slug },
                               { QStringLiteral("title"), item.title },
                               { QStringLiteral("result"), toSlug(item.result) },
                               { QStringLiteral("note"), item.note },
                               { QStringLiteral("ticket"),
                                 item.ticketNumber == 0 ? QJsonValue() : QJsonValue(item.ticketNumber) },
                               { QStringLiteral("attachments"), files } };
    }
    return { { QStringLiteral("id"), run.id },
             { QStringLiteral("kind"), toSlug(run.kind) },
             { QStringLiteral("status"), toSlug(run.status) },
             { QStringLiteral("project"), run.projectCode },
             { QStringLiteral("tester"), run.testerLogin.isEmpty() ? QJsonValue() : QJsonValue(run.testerLogin) },
             { QStringLiteral("ticket"), run.ticketNumber == 0 ? QJsonValue() : QJsonValue(run.ticketNumber) },
             { QStringLiteral("due"), dateJson(run.dueDate) },
             { QStringLiteral("started"), instantJson(run.startedAt) },
             { QStringLiteral("finished"), instantJson(run.finishedAt) },
             { QStringLiteral("summary"), run.summary },
             { QStringLiteral("counts"), countsJson(run.counts()) },
             { QStringLiteral("items"), items } };
}

void printRun(CommandContext& ctx, const RegressionRun& run)
{
    if (ctx.json()) {
        printJson(ctx, runJson(run));
        return;
    }
    const RunCounts c = run.counts();
    ctx.out << RegressionCommand::tr("run %1  %2 %3  %4  tester %5  due %6  pass %7, fail %8, skip %9, not checked %10")
                   .arg(run.id)
                   .arg(toSlug(run.kind), toSlug(run.status), run.projectCode,
                        run.testerLogin.isEmpty() ? QStringLiteral("—") : run.testerLogin,
                        run.dueDate.toString(Qt::ISODate))
                   .arg(c.pass)
                   .arg(c.fail)
                   .arg(c.skip)
                   .arg(c.pending)
            << "\n";
    for (const RegressionRunItem& item : run.items) {
        ctx.out << QStringLiteral("%1  %2 %3  %4%5%6")
                       .arg(item.position, 3)
                       .arg(toSlug(item.result), -7)
                       .arg(item.slug, -26)
                       .arg(item.title)
                       .arg(item.note.isEmpty() ? QString() : QStringLiteral(" — ") + item.note)
                       .arg(item.ticketNumber == 0 ? QString() : QStringLiteral("  → #%1").arg(item.ticketNumber))
                << "\n";
    }
    if (!run.summary.isEmpty()) {
        ctx.out << RegressionCommand::tr("summary: %1").arg(run.summary) << "\n";
    }
}

int printRunOrFailure(CommandContext& ctx, const Result<RegressionRun>& run)
{
    if (!run) {
        return ctx.failure(run.error().message);
    }
    printRun(ctx, *run);
    return ExitOk;
}

} // namespace dd::ctl
