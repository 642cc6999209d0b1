#include "ui/reports/ReportsService.h"

#include "core/billing/ReportRepository.h"
#include "core/regression/RegressionRepository.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"
#include "ui/reports/MonthlyReportPdf.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dd {

ReportsService::ReportsService(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(database, QStringLiteral("dutydesk-reports"))
{ }

ReportsService::~ReportsService()
{
    m_worker.stop();
}

quint64 ReportsService::loadDashboard(qint64 now, int weeks)
{
    const quint64 request = ++m_lastRequest;
    m_worker.post([this, request, now, weeks] {
        auto figures = m_worker.withRetry<DashboardFigures>(
            [&](const Database& database) { return computeDashboard(database, now, weeks); });
#ifdef __GLIBC__
        // Every history was in memory (hundreds of MB at 100,000 tickets); hand the pages
        // back rather than keep them in this thread's arena for the rest of the session.
        malloc_trim(0);
#endif
        if (!figures) {
            QMetaObject::invokeMethod(this, [this, request, message = figures.error().toString()] {
                emit dashboardFailed(request, message);
            });
            return;
        }
        auto shared = std::make_shared<const DashboardFigures>(std::move(figures.value()));
        QMetaObject::invokeMethod(this, [this, request, shared] { emit dashboardLoaded(request, shared); });
    });
    return request;
}

Result<DashboardFigures> ReportsService::computeDashboard(const Database& database, qint64 now, int weeks)
{
    auto sla = TicketSla::load(database);
    if (!sla) {
        return sla.error();
    }
    auto histories = ReportRepository(database).histories();
    if (!histories) {
        return histories.error();
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(now, moscowZone()).date();
    auto testing = RegressionRepository(database).schedule(today);
    if (!testing) {
        return testing.error();
    }
    const QDate firstWeek = SlaStatistics::weekOf(now).addDays(-7 * (std::max(1, weeks) - 1));
    const qint64 from = QDateTime(firstWeek, QTime(0, 0), moscowZone()).toSecsSinceEpoch();
    return DashboardFigures { SlaStatistics::compute(*histories, (*sla)->engine(), { from, now + 1 }, *testing),
                              TicketFeedback::escalations(*histories) };
}

Result<QList<TicketHistory>> ReportsService::escalatedHistories(const QList<qint64>& ticketIds) const
{
    return ReportRepository(m_database).escalatedHistories(ticketIds);
}

void ReportsService::readEscalations(bool all, const QList<qint64>& ticketIds)
{
    m_worker.post([this, all, ticketIds] {
        auto histories = m_worker.withRetry<QList<TicketHistory>>([&](const Database& database) {
            const ReportRepository reports(database);
            if (all) {
                return reports.escalatedHistories();
            }
            QList<TicketHistory> read;
            constexpr int chunk = 500; // one bound value per id
            for (int start = 0; start < ticketIds.size(); start += chunk) {
                auto part = reports.escalatedHistories(ticketIds.mid(start, chunk));
                if (!part) {
                    return part;
                }
                read += part.value();
            }
            return Result<QList<TicketHistory>>(read);
        });
        if (!histories) {
            QMetaObject::invokeMethod(
                this, [this, message = histories.error().toString()] { emit escalationsFailed(message); });
            return;
        }
        QMetaObject::invokeMethod(this, [this, all, ticketIds, read = std::move(histories.value())] {
            emit escalationsRead(all, ticketIds, read);
        });
    });
}

Status ReportsService::handleEscalation(qint64 ticketId, const Actor& actor) const
{
    return TicketFeedback(m_database).handleEscalation(ticketId, actor);
}

Result<QList<Client>> ReportsService::clients() const
{
    return ClientRepository(m_database).all();
}

Result<MonthlyReport> ReportsService::writeMonthlyReport(const QString& client, QDate month, ReportFormat format,
                                                         const QString& path, qint64 now,
                                                         MonthlyReportCsv::Vocabulary vocabulary) const
{
    auto sla = TicketSla::load(m_database);
    if (!sla) {
        return sla.error();
    }
    auto report = ReportRepository(m_database).monthlyReport(client, month, (*sla)->engine(), now);
    if (!report) {
        return report.error();
    }
    if (format == ReportFormat::Pdf) {
        if (auto written = MonthlyReportPdf::write(*report, path); !written) {
            return written.error();
        }
        return report;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(MonthlyReportCsv::write(*report, vocabulary)) < 0
        || !file.commit()) {
        return Error { ReportsService::tr("cannot write %1: %2").arg(path, file.errorString()) };
    }
    return report;
}

} // namespace dd
