#include "core/domain/TicketEventText.h"

#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QMap>

namespace dd {

namespace {

QString valueText(const QJsonValue& value)
{
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString fromTo(const QString& what, const QJsonObject& data)
{
    return QStringLiteral("%1 %2 → %3")
        .arg(what, valueText(data.value(QLatin1String("from"))), valueText(data.value(QLatin1String("to"))));
}

bool isStatusEvent(const QString& type)
{
    using namespace ticket_event;
    return type == registered || type == waitingStarted || type == waitingEnded || type == resolved || type == closed
        || type == reopened || type == outOfScope || type == development || type == waitingReasonChanged;
}

// Moscow wall time (docs/rules.md#time): the time alone for today, with the date otherwise.
QString whenText(const QDateTime& instant)
{
    const QDateTime moscow = toMoscow(instant);
    const QDate today = toMoscow(Clock::current().nowUtc()).date();
    return moscow.date() == today ? moscow.toString(QStringLiteral("HH:mm"))
                                  : moscow.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString TicketEventText::describe(const TicketEventRecord& event)
{
    using namespace ticket_event;
    const QJsonObject& data = event.data;
    if (isStatusEvent(event.type)) {
        QString text = fromTo(TicketEventText::tr("status"), data);
        const QString reason = data.value(QLatin1String("reason")).toString();
        if (reason == QLatin1String("client-answered")) {
            // Why a wait ended without the engineer (docs/rules.md#clocks).
            text += QStringLiteral(" (%1)").arg(TicketEventText::tr("the client answered"));
        } else if (!reason.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(reason);
        }
        return text;
    }
    if (event.type == levelChanged) {
        return fromTo(TicketEventText::tr("level"), data);
    }
    if (event.type == assigned) {
        return fromTo(TicketEventText::tr("assignee"), data);
    }
    if (event.type == categoryChanged) {
        return fromTo(TicketEventText::tr("category"), data);
    }
    if (event.type == escalated) {
        return data.value(QLatin1String("escalated")).toBool() ? TicketEventText::tr("escalated")
                                                               : TicketEventText::tr("escalation withdrawn");
    }
    if (event.type == arrived) {
        return TicketEventText::tr("arrived by %1").arg(data.value(QLatin1String("channel")).toString());
    }
    // What people typed is shown in full, not as a bare word (issue 15).
    const QString text = data.value(QLatin1String("text")).toString();
    if (event.type == clientMessage) {
        const QString channel = data.value(QLatin1String("channel")).toString();
        if (!text.isEmpty()) {
            return TicketEventText::tr("a message from the client by %1: «%2»").arg(channel, text);
        }
        return TicketEventText::tr("a message from the client");
    }
    if (event.type == automaticMessage) {
        return TicketEventText::tr("an automatic reply from the client's side");
    }
    if (event.type == reply) {
        const QString to = data.value(QLatin1String("to")).toString();
        if (!to.isEmpty()) {
            return TicketEventText::tr("a reply to %1: «%2»").arg(to, text);
        }
        return text.isEmpty() ? TicketEventText::tr("a reply to the client")
                              : TicketEventText::tr("a reply to the client: «%1»").arg(text);
    }
    if (event.type == comment) {
        return TicketEventText::tr("comment: «%1»").arg(text);
    }
    if (event.type == pageUrlChanged) {
        return fromTo(TicketEventText::tr("page URL"), data);
    }
    if (event.type == stepsChanged) {
        return TicketEventText::tr("steps to reproduce: «%1»").arg(data.value(QLatin1String("to")).toString());
    }
    if (event.type == note) {
        return TicketEventText::tr("internal note: «%1»").arg(text);
    }
    if (event.type == rated) {
        const QString comment = data.value(QLatin1String("comment")).toString();
        const QString rating = valueText(data.value(QLatin1String("rating")));
        return comment.isEmpty() ? TicketEventText::tr("rated %1").arg(rating)
                                 : TicketEventText::tr("rated %1: «%2»").arg(rating, comment);
    }
    return event.type;
}

QString TicketEventText::conflictMessage(qint64 number, const QList<TicketEventRecord>& newer)
{
    // One clause per saved change (a ticket version), in order.
    QMap<qint64, QList<const TicketEventRecord*>> byVersion;
    for (const TicketEventRecord& event : newer) {
        byVersion[event.ticketVersion] << &event;
    }
    QStringList clauses;
    for (const auto& events : std::as_const(byVersion)) {
        QStringList what;
        for (const TicketEventRecord* event : events) {
            const QString text = describe(*event);
            if (!what.contains(text)) {
                what << text;
            }
        }
        const TicketEventRecord& first = *events.first();
        const QString who = first.actorName.isEmpty() ? first.actor : first.actorName;
        clauses << TicketEventText::tr("by %1 at %2 (%3)")
                       .arg(who.isEmpty() ? TicketEventText::tr("someone else") : who, whenText(first.recordedAt),
                            what.join(QStringLiteral(", ")));
    }
    if (clauses.isEmpty()) {
        return TicketEventText::tr("ticket #%1 was changed by someone else; your change was not saved").arg(number);
    }
    return TicketEventText::tr("ticket #%1 was changed %2; your change was not saved")
        .arg(QString::number(number), clauses.join(QStringLiteral(", then ")));
}

} // namespace dd
