#include "ReportCommand.h"

#include "StorageSession.h"

#include "core/billing/MonthlyReportCsv.h"
#include "core/billing/ReportRepository.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef DUTYDESK_HAVE_PDF
#include "ui/reports/MonthlyReportPdf.h"

#include <QGuiApplication>
#endif

namespace dd::ctl {

namespace {

// --format, else the output file's extension: "csv" or "pdf", or an exit code.
std::optional<int> readFormat(CommandContext& ctx, const QCommandLineParser& parser, QString& format)
{
    format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        format = parser.value(QStringLiteral("output")).section(QLatin1Char('.'), -1).toLower();
    }
    if (format != QLatin1String("csv") && format != QLatin1String("pdf")) {
        return ctx.usageError(ReportCommand::tr("--format must be csv or pdf"));
    }
#ifndef DUTYDESK_HAVE_PDF
    if (format == QLatin1String("pdf")) {
        return ctx.failure(
            ReportCommand::tr("this dutydeskctl was built without the GUI libraries and cannot write PDF"));
    }
#endif
    return std::nullopt;
}

Status writeReport(const CommandContext& ctx, const MonthlyReport& report, const QString& format, const QString& output)
{
    if (format == QLatin1String("csv")) {
        // English codes for scripts unless --lang asks for words (README).
        const auto csvVocabulary
            = ctx.language().isEmpty() ? MonthlyReportCsv::Vocabulary::Codes : MonthlyReportCsv::Vocabulary::Words;
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(MonthlyReportCsv::write(report, csvVocabulary)) < 0
            || !file.commit()) {
            return Error { ReportCommand::tr("cannot write %1: %2").arg(output, file.errorString()) };
        }
        return Done {};
    }
#ifdef DUTYDESK_HAVE_PDF
    return MonthlyReportPdf::write(report, output);
#else
    return Done {};
#endif
}

void printSummary(CommandContext& ctx, const MonthlyReport& report, const QString& output)
{
    if (ctx.json()) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("file"), output },
                                               { QStringLiteral("tickets"), report.tickets.size() },
                                               { QStringLiteral("normal_seconds"), report.total.normalSeconds },
                                               { QStringLiteral("double_seconds"), report.total.doubleSeconds },
                                               { QStringLiteral("amount"), formatRoubles(report.totalAmountKopecks) } })
                       .toJson(QJsonDocument::Compact)
                << "\n";
    } else {
        ctx.out << ReportCommand::tr("%1: %2 tickets, normal %3 h, double %4 h, %5 ₽")
                       .arg(output)
                       .arg(report.tickets.size())
                       .arg(formatHours(report.total.normalSeconds), formatHours(report.total.doubleSeconds),
                            formatRoubles(report.totalAmountKopecks))
                << "\n";
    }
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
#ifdef DUTYDESK_HAVE_PDF
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        // Before QCoreApplication exists, so plain bytes: "pdf", "--format=pdf" or an
        // output file named *.pdf (the format then comes from the name).
        const QByteArray word = QByteArray(argv[i]).toLower();
        report = report || word == "report";
        pdf = pdf || word == "pdf" || word == "--format=pdf" || word.endsWith(".pdf");
    }
    if (report && pdf) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

QString ReportCommand::description() const
{
    return ReportCommand::tr("Write a client's monthly report (hours, amounts, SLA) as CSV or PDF.");
}

int ReportCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("month"),
              .synopsis = tr("A client's monthly report as CSV or PDF."),
              .options = { { QStringLiteral("client"), ReportCommand::tr("The client (id or exact name)."),
                             QStringLiteral("C") },
                           { QStringLiteral("format"), ReportCommand::tr("csv or pdf (default: from the file name)."),
                             QStringLiteral("csv|pdf") },
                           { { QStringLiteral("o"), QStringLiteral("output") },
                             ReportCommand::tr("The file to write."),
                             QStringLiteral("FILE") } },
              .arguments = { { QStringLiteral("YYYY-MM"), ReportCommand::tr("The month.") } },
              .handler = month },
        });
}

int ReportCommand::month(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    if (!parser.isSet(QStringLiteral("client")) || !parser.isSet(QStringLiteral("output"))) {
        return ctx.usageError();
    }
    const QDate month = MonthlyReport::parseMonth(args.at(0));
    if (!month.isValid()) {
        return ctx.usageError(ReportCommand::tr("“%1” is not a month (YYYY-MM)").arg(args.at(0)));
    }
    const QString output = parser.value(QStringLiteral("output"));
    QString format;
    if (auto done = readFormat(ctx, parser, format)) {
        return *done;
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto sla = TicketSla::load(*database);
    if (!sla) {
        return ctx.failure(sla.error().message);
    }
    auto report = ReportRepository(*database).monthlyReport(
        parser.value(QStringLiteral("client")), month, (*sla)->engine(), Clock::current().nowUtc().toSecsSinceEpoch());
    if (!report) {
        return ctx.failure(report.error().message);
    }
    if (auto written = writeReport(ctx, *report, format, output); !written) {
        return ctx.failure(written.error().message);
    }
    for (const QString& warning : report->warnings) {
        ctx.err << "dutydeskctl: " << warning << "\n";
    }
    printSummary(ctx, *report, output);
    return ExitOk;
}

} // namespace dd::ctl
