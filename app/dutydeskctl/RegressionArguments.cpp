#include "RegressionArguments.h"
#include "RegressionCommand.h"

#include "StorageSession.h"

#include "core/regression/RegressionRepository.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>

namespace dd::ctl {

Result<qint64> runIdFrom(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        return Error { RegressionCommand::tr("“%1” is not a test run number").arg(text) };
    }
    return id;
}

// --tester LOGIN → the user's id; empty option → 0.
Result<qint64> testerFrom(const Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("tester"))) {
        return qint64(0);
    }
    const QString login = parser.value(QStringLiteral("tester"));
    auto user = UserRepository(database).findByLogin(login);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return Error { RegressionCommand::tr("there is no user “%1”").arg(login) };
    }
    return (*user)->id;
}

Result<QDate> todayFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        return RegressionPlan::moscowToday();
    }
    const QDate date = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!date.isValid()) {
        return Error {
            RegressionCommand::tr("“%1” is not a date (YYYY-MM-DD)").arg(parser.value(QStringLiteral("today")))
        };
    }
    return date;
}

// The schedule as of --today, narrowed to --tester; an exit code when it cannot be read.
std::optional<int> loadSchedule(CommandContext& ctx, const QCommandLineParser& parser, QList<ScheduleEntry>& selected)
{
    auto today = todayFrom(parser);
    if (!today) {
        return ctx.usageError(today.error().message);
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto testerId = testerFrom(*database, parser);
    if (!testerId) {
        return ctx.failure(testerId.error().message);
    }
    auto entries = RegressionRepository(*database).schedule(*today);
    if (!entries) {
        return ctx.failure(entries.error().message);
    }
    for (const ScheduleEntry& e : std::as_const(*entries)) {
        if (*testerId == 0 || e.testerId == *testerId) {
            selected << e;
        }
    }
    return std::nullopt;
}

QCommandLineOption testerOption()
{
    return { QStringLiteral("tester"), RegressionCommand::tr("Only this tester's runs."), QStringLiteral("LOGIN") };
}
QCommandLineOption todayOption()
{
    return { QStringLiteral("today"), RegressionCommand::tr("Plan as of this Moscow date (default: today)."),
             QStringLiteral("DATE") };
}

} // namespace dd::ctl
