#include "core/domain/TicketEventText.h"

#include "core/domain/VocabularyText.h"
#include "core/sla/SlaLevel.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace dd {

namespace {

QString valueText(const QJsonValue& value)
{
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return text.isEmpty() ? QStringLiteral("—") : text;
}

using Naming = QString (*)(const QString&, const TicketEventText::PeopleNames&);

QString asIs(const QString& slug, const TicketEventText::PeopleNames&)
{
    return slug;
}

QString statusWords(const QString& slug, const TicketEventText::PeopleNames&)
{
    return statusNameOf(slug);
}

QString levelWords(const QString& slug, const TicketEventText::PeopleNames&)
{
    const auto level = parseSlaLevel(slug);
    return level ? slaLevelName(*level) : slug;
}

QString personWords(const QString& login, const TicketEventText::PeopleNames& people)
{
    return people.value(login, login);
}

QString fromTo(const QString& what, const QJsonObject& data, const TicketEventText::PeopleNames& people = {},
               Naming name = asIs)
{
    const auto side = [&](const char* key) {
        const QString text = valueText(data.value(QLatin1String(key)));
        return text == QStringLiteral("—") ? text : name(text, people);
    };
    return QStringLiteral("%1 %2 → %3").arg(what, side("from"), side("to"));
}

// "in work → waiting (not enough information)"; a changed reason names both reasons.
QString statusChange(const QString& type, const QJsonObject& data)
{
    using namespace ticket_event;
    const QString reason = data.value(QLatin1String("reason")).toString();
    if (type == waitingReasonChanged) {
        return TicketEventText::tr("waiting reason %1 → %2")
            .arg(waitingReasonNameOf(valueText(data.value(QLatin1String("previousReason")))),
                 waitingReasonNameOf(valueText(data.value(QLatin1String("reason")))));
    }
    QString text = fromTo(TicketEventText::tr("status"), data, {}, statusWords);
    if (reason == QLatin1String("client-answered")) {
        // Why a wait ended without the engineer (docs/rules.md#clocks).
        text += QStringLiteral(" (%1)").arg(TicketEventText::tr("the client answered"));
    } else if (!reason.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(waitingReasonNameOf(reason));
    }
    return text;
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

// A change of the ticket's fields in words: status, level, assignee, category,
// escalation, arrival, the request's details.
std::optional<QString> fieldChangeText(const TicketEventRecord& event, const TicketEventText::PeopleNames& people)
{
    using namespace ticket_event;
    const QJsonObject& data = event.data;
    if (isStatusEvent(event.type)) {
        return statusChange(event.type, data);
    }
    if (event.type == levelChanged) {
        return fromTo(TicketEventText::tr("level"), data, people, levelWords);
    }
    if (event.type == assigned) {
        return fromTo(TicketEventText::tr("assignee"), data, people, personWords);
    }
    if (event.type == categoryChanged) {
        return fromTo(TicketEventText::tr("category"), data);
    }
    if (event.type == escalated) {
        return data.value(QLatin1String("escalated")).toBool() ? TicketEventText::tr("escalated")
                                                               : TicketEventText::tr("escalation withdrawn");
    }
    if (event.type == arrived) {
        return TicketEventText::tr("arrived by %1").arg(channelNameOf(data.value(QLatin1String("channel")).toString()));
    }
    if (event.type == pageUrlChanged) {
        return fromTo(TicketEventText::tr("page URL"), data);
    }
    if (event.type == stepsChanged) {
        return TicketEventText::tr("steps to reproduce: «%1»").arg(data.value(QLatin1String("to")).toString());
    }
    return std::nullopt;
}

// What people said: messages, replies, comments, notes, ratings. What they typed is
// shown in full, not as a bare word (issue 15).
std::optional<QString> messageText(const TicketEventRecord& event)
{
    using namespace ticket_event;
    const QJsonObject& data = event.data;
    const QString text = data.value(QLatin1String("text")).toString();
    if (event.type == clientMessage) {
        const QString channel = channelNameOf(data.value(QLatin1String("channel")).toString());
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
    if (event.type == note) {
        return TicketEventText::tr("internal note: «%1»").arg(text);
    }
    if (event.type == rated) {
        const QString comment = data.value(QLatin1String("comment")).toString();
        const QString rating = valueText(data.value(QLatin1String("rating")));
        return comment.isEmpty() ? TicketEventText::tr("rated %1").arg(rating)
                                 : TicketEventText::tr("rated %1: «%2»").arg(rating, comment);
    }
    return std::nullopt;
}

} // namespace

QString TicketEventText::describe(const TicketEventRecord& event, const PeopleNames& people)
{
    if (auto change = fieldChangeText(event, people)) {
        return *change;
    }
    if (auto message = messageText(event)) {
        return *message;
    }
    return event.type;
}

QString TicketEventText::who(const TicketEventRecord& event, const PeopleNames& people)
{
    if (!event.actorName.isEmpty()) {
        return event.actorName;
    }
    if (event.actor == QLatin1String("intake") && !people.contains(event.actor)) {
        // The mail daemon's login on SQLite (docs/mail-intake.md): no person, a part of the product.
        return TicketEventText::tr("mail intake");
    }
    return people.value(event.actor, event.actor);
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
