#include "core/billing/MonthlyReportCsv.h"

#include "core/billing/CsvWriter.h"
#include "core/domain/VocabularyText.h"
#include "core/sla/SlaLevel.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {

QString money(const std::optional<qint64>& kopecks)
{
    return kopecks ? formatRoubles(*kopecks) : QString();
}

const char* const csvContext = "dd::MonthlyReportCsv";
const char* const columnTitles[] = {
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "client"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "month"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "ticket"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "project"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "subject"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "level"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "status"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "arrived (Moscow)"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "SLA"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "first reaction"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "rating"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "normal hours"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "double hours"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "rate per hour"),
    QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "amount"),
};

QString text(const char* source, MonthlyReportCsv::Vocabulary vocabulary)
{
    return vocabulary == MonthlyReportCsv::Vocabulary::Words ? QCoreApplication::translate(csvContext, source)
                                                             : QString::fromUtf8(source);
}

// A status as people say it. The console has the same words (ui/common/VocabularyNames,
// context dd::Vocabulary): one translation serves both.
QString statusWord(const QString& slug)
{
    static const QHash<QString, const char*> words {
        { QStringLiteral("new"), QT_TRANSLATE_NOOP("dd::Vocabulary", "new") },
        { QStringLiteral("registered"), QT_TRANSLATE_NOOP("dd::Vocabulary", "in work") },
        { QStringLiteral("waiting"), QT_TRANSLATE_NOOP("dd::Vocabulary", "waiting") },
        { QStringLiteral("resolved"), QT_TRANSLATE_NOOP("dd::Vocabulary", "resolved") },
        { QStringLiteral("closed"), QT_TRANSLATE_NOOP("dd::Vocabulary", "closed") },
        { QStringLiteral("reopened"), QT_TRANSLATE_NOOP("dd::Vocabulary", "reopened") },
        { QStringLiteral("out-of-scope"), QT_TRANSLATE_NOOP("dd::Vocabulary", "out of scope") },
        { QStringLiteral("development"), QT_TRANSLATE_NOOP("dd::Vocabulary", "in development") },
    };
    const char* word = words.value(slug);
    return word ? Vocabulary::tr(word) : slug;
}

} // namespace

QStringList MonthlyReportCsv::header(Vocabulary vocabulary)
{
    QStringList titles;
    for (const char* title : columnTitles) {
        titles << text(title, vocabulary);
    }
    return titles;
}

QByteArray MonthlyReportCsv::write(const MonthlyReport& report, Vocabulary vocabulary)
{
    const bool words = vocabulary == Vocabulary::Words;
    CsvWriter csv;
    csv.addRow(header(vocabulary));
    const QString month = report.month.toString(QStringLiteral("yyyy-MM"));
    for (const ReportTicket& ticket : report.tickets) {
        const auto rate = report.rates.value(ticket.tariff);
        const auto level = parseSlaLevel(ticket.level);
        csv.addRow(
            { report.clientName, month, QString::number(ticket.number), ticket.projectName, ticket.subject,
              words && level ? slaLevelName(*level) : ticket.level, words ? statusWord(ticket.status) : ticket.status,
              toMoscow(ticket.arrived).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
              words ? slaOutcomeName(ticket.outcome) : slaOutcomeId(ticket.outcome),
              ticket.outcome == SlaOutcome::NotCounted ? QString() : formatDuration(ticket.reactionSeconds),
              ticket.rating > 0 ? QString::number(ticket.rating) : QString(), formatHours(ticket.billed.normalSeconds),
              formatHours(ticket.billed.doubleSeconds), money(rate), money(ticket.amountKopecks) });
    }
    csv.addRow({ report.clientName, month, QString(), QString(),
                 text(QT_TRANSLATE_NOOP("dd::MonthlyReportCsv", "Total"), vocabulary), QString(), QString(), QString(),
                 QString(), QString(), QString(), formatHours(report.total.normalSeconds),
                 formatHours(report.total.doubleSeconds), QString(), formatRoubles(report.totalAmountKopecks) });
    return csv.toUtf8();
}

} // namespace dd
