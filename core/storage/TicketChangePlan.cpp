// The pieces of TicketRepository::update, one per field a TicketChange may set.
#include "core/storage/TicketChangePlan.h"

#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventRecord.h"
#include "core/domain/TicketFlow.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {

QJsonValue jsonOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject fromTo(const QString& from, const QString& to)
{
    return { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
}

// Status and waiting reason, with the events the status flow names for the move.
Status planStatus(const TicketChange& change, const Ticket& current, TicketChangePlan& plan)
{
    if (!change.status && !change.waitingReason) {
        return Done {};
    }
    const TicketStatus target = change.status.value_or(current.status);
    if (auto allowed = TicketFlow::checkTransition(current.status, target, change.waitingReason); !allowed) {
        return Error { TicketRepository::tr("ticket #%1: %2").arg(current.number).arg(allowed.error().message) };
    }
    plan.assignments << QStringLiteral("status = ?") << QStringLiteral("waiting_reason = ?");
    plan.values << toSlug(target)
                << (change.waitingReason ? QVariant(toSlug(*change.waitingReason))
                                         : QVariant(QMetaType::fromType<QString>()));
    QJsonObject data = fromTo(toSlug(current.status), toSlug(target));
    if (change.waitingReason) {
        data.insert(QStringLiteral("reason"), toSlug(*change.waitingReason));
    }
    if (current.waitingReason) {
        data.insert(QStringLiteral("previousReason"), toSlug(*current.waitingReason));
    }
    for (const QString& type : TicketFlow::eventTypes(current.status, target)) {
        plan.events.append({ type, data });
    }
    return Done {};
}

Status planLevel(const TicketChange& change, const Ticket& current, TicketChangePlan& plan)
{
    if (!change.level || *change.level == current.level) {
        return Done {};
    }
    if (!isLevelSlug(*change.level)) {
        return Error { TicketRepository::tr("unknown level “%1” (%2)")
                           .arg(*change.level, allLevelSlugs().join(QStringLiteral(", "))) };
    }
    plan.assignments << QStringLiteral("level = ?");
    plan.values << *change.level;
    plan.events.append({ ticket_event::levelChanged, fromTo(current.level, *change.level) });
    return Done {};
}

// The history names both logins, so a new assignee must exist.
Status planAssignee(const Database& database, const TicketChange& change, const Ticket& current, TicketChangePlan& plan)
{
    if (!change.assigneeId || *change.assigneeId == current.assigneeId) {
        return Done {};
    }
    plan.assignments << QStringLiteral("assignee_id = ?");
    plan.values << idOrNull(*change.assigneeId);
    QString toLogin;
    if (*change.assigneeId > 0) {
        auto login = database.run(QStringLiteral("SELECT login FROM users WHERE id = ?"), { *change.assigneeId });
        if (!login) {
            return login.error();
        }
        if (!login.value().next()) {
            return Error { TicketRepository::tr("there is no user with id %1").arg(*change.assigneeId) };
        }
        toLogin = login.value().value(0).toString();
    }
    plan.events.append({ ticket_event::assigned,
                         { { QStringLiteral("from"), jsonOrNull(current.assigneeLogin) },
                           { QStringLiteral("to"), jsonOrNull(toLogin) },
                           { QStringLiteral("fromId"), current.assigneeId },
                           { QStringLiteral("toId"), *change.assigneeId } } });
    return Done {};
}

void planCategoryAndEscalation(const TicketChange& change, const Ticket& current, TicketChangePlan& plan)
{
    if (change.category && *change.category != current.category) {
        plan.assignments << QStringLiteral("category = ?");
        plan.values << textOrEmpty(*change.category);
        plan.events.append({ ticket_event::categoryChanged, fromTo(current.category, *change.category) });
    }
    if (change.escalated && *change.escalated != current.escalated) {
        plan.assignments << QStringLiteral("escalated = ?");
        plan.values << (*change.escalated ? 1 : 0);
        plan.events.append({ ticket_event::escalated, { { QStringLiteral("escalated"), *change.escalated } } });
    }
}

// The request's details (issue 15): page URL and steps to reproduce, compared trimmed.
Status planDetails(const TicketChange& change, const Ticket& current, TicketChangePlan& plan)
{
    if (change.pageUrl && change.pageUrl->trimmed() != current.pageUrl) {
        const QString url = change.pageUrl->trimmed();
        if (!url.isEmpty() && !isPageUrl(url)) {
            return Error { TicketRepository::tr("“%1” is not a page address (http:// or https://)").arg(url) };
        }
        plan.assignments << QStringLiteral("page_url = ?");
        plan.values << textOrEmpty(url);
        plan.events.append({ ticket_event::pageUrlChanged, fromTo(current.pageUrl, url) });
    }
    if (change.stepsToReproduce && change.stepsToReproduce->trimmed() != current.stepsToReproduce) {
        const QString steps = change.stepsToReproduce->trimmed();
        plan.assignments << QStringLiteral("steps_to_reproduce = ?");
        plan.values << textOrEmpty(steps);
        plan.events.append({ ticket_event::stepsChanged, fromTo(current.stepsToReproduce, steps) });
    }
    return Done {};
}

} // namespace

Result<TicketChangePlan> planTicketChange(const Database& database, const TicketChange& change, const Ticket& current)
{
    TicketChangePlan plan;
    // In the order the history has always listed them: status first, the comment last.
    if (auto status = planStatus(change, current, plan); !status) {
        return status.error();
    }
    if (auto level = planLevel(change, current, plan); !level) {
        return level.error();
    }
    if (auto assignee = planAssignee(database, change, current, plan); !assignee) {
        return assignee.error();
    }
    planCategoryAndEscalation(change, current, plan);
    if (auto details = planDetails(change, current, plan); !details) {
        return details.error();
    }
    if (!change.comment.isEmpty()) {
        plan.events.append({ ticket_event::comment, { { QStringLiteral("text"), change.comment } } });
    }
    if (plan.events.isEmpty()) {
        return Error { TicketRepository::tr("ticket #%1: nothing to change").arg(current.number) };
    }
    return plan;
}

} // namespace dd
