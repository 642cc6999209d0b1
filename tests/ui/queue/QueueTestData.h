#pragma once

#include "core/sla/SlaEngine.h"
#include "core/util/MoscowTime.h"
#include "ui/queue/QueueModel.h"

#include <QJsonObject>

#include <memory>

namespace dd::test {

inline std::shared_ptr<const SlaEngine> builtinEngine()
{
    static const auto engine = std::make_shared<const SlaEngine>(*ProductionCalendar::builtin());
    return engine;
}

inline qint64 moscow(const char* text)
{
    return parseInstant(QString::fromLatin1(text))->toSecsSinceEpoch();
}

struct TicketSpec
{
    qint64 number = 1;
    QString level = QStringLiteral("standard");
    const char* arrived = "2026-03-03T10:00:00";
    TicketStatus status = TicketStatus::New;
    qint64 assigneeId = 0;
    qint64 projectId = 1;
    qint64 clientId = 1;
    QString subject = QStringLiteral("Не работает фильтр");
    QString clientName = QStringLiteral("ООО «Ромашка»");
};

// A queue entry as the loader makes it, from a history with the events the status implies.
inline QueueEntry makeQueueEntry(const TicketSpec& spec, qint64 now)
{
    Ticket ticket;
    ticket.id = spec.number * 10;
    ticket.number = spec.number;
    ticket.level = spec.level;
    ticket.arrived = QDateTime::fromSecsSinceEpoch(moscow(spec.arrived), Qt::UTC);
    ticket.status = spec.status;
    ticket.assigneeId = spec.assigneeId;
    ticket.assigneeName = spec.assigneeId ? QStringLiteral("Анна Петрова") : QString();
    ticket.projectId = spec.projectId;
    ticket.projectName = QStringLiteral("Магазин %1").arg(spec.projectId);
    ticket.subject = spec.subject;
    ticket.tariff = QStringLiteral("standard");
    QList<TicketEventRecord> history;
    TicketEventRecord arrived;
    arrived.type = ticket_event::arrived;
    arrived.at = ticket.arrived;
    arrived.data = QJsonObject { { QStringLiteral("level"), spec.level } };
    history << arrived;
    if (spec.status == TicketStatus::Registered || spec.status == TicketStatus::Waiting) {
        TicketEventRecord registered = arrived;
        registered.type = ticket_event::registered;
        registered.at = ticket.arrived.addSecs(600);
        history << registered;
    }
    if (spec.status == TicketStatus::Waiting) {
        ticket.waitingReason = WaitingReason::NotEnoughInformation;
        TicketEventRecord waiting = arrived;
        waiting.type = ticket_event::waitingStarted;
        waiting.at = ticket.arrived.addSecs(900);
        history << waiting;
    }
    return QueueModel::makeEntry(*builtinEngine(), ticket, history, spec.clientId, spec.clientName, now);
}

} // namespace dd::test
