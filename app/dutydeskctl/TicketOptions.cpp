#include "TicketOptions.h"

#include "TicketCommand.h"

#include "core/domain/PageUrl.h"
#include "core/domain/Vocabulary.h"
#include "core/sla/Categories.h"
#include "core/sla/SlaLevel.h"
#include "core/util/MoscowTime.h"

namespace dd::ctl {

// ticket update's options besides the common ones.
QList<QCommandLineOption> ticketUpdateOptions()
{
    return { { QStringLiteral("expect-version"), TicketCommand::tr("The version you read (required)."),
               QStringLiteral("V") },
             { QStringLiteral("status"),
               TicketCommand::tr("New status (%1).").arg(allTicketStatusSlugs().join(QStringLiteral(", "))),
               QStringLiteral("S") },
             { QStringLiteral("reason"),
               TicketCommand::tr("Why it waits (%1).").arg(allWaitingReasonSlugs().join(QStringLiteral(", "))),
               QStringLiteral("R") },
             { QStringLiteral("assignee"), TicketCommand::tr("Assign to this login; \"none\" unassigns."),
               QStringLiteral("U") },
             { QStringLiteral("level"),
               TicketCommand::tr("New level (%1).").arg(allLevelSlugs().join(QStringLiteral(", "))),
               QStringLiteral("L") },
             { QStringLiteral("category"), TicketCommand::tr("New category slug."), QStringLiteral("K") },
             { QStringLiteral("comment"), TicketCommand::tr("Add a comment to the history."), QStringLiteral("TEXT") },
             { QStringLiteral("steps"), TicketCommand::tr("Steps to reproduce (an empty text clears them)."),
               QStringLiteral("TEXT") },
             { QStringLiteral("url"), TicketCommand::tr("The page the request is about (an empty text clears it)."),
               QStringLiteral("URL") } };
}

// The fields --status, --reason, --level, --category, --comment, --steps and --url set;
// the usage error for a bad value.
std::optional<QString> readTicketChange(const QCommandLineParser& parser, TicketChange& change)
{
    if (parser.isSet(QStringLiteral("status"))) {
        change.status = ticketStatusFromSlug(parser.value(QStringLiteral("status")));
        if (!change.status) {
            return QString(
                TicketCommand::tr("unknown status “%1” (%2)")
                    .arg(parser.value(QStringLiteral("status")), allTicketStatusSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("reason"))) {
        change.waitingReason = waitingReasonFromSlug(parser.value(QStringLiteral("reason")));
        if (!change.waitingReason) {
            return QString(
                TicketCommand::tr("unknown reason “%1” (%2)")
                    .arg(parser.value(QStringLiteral("reason")), allWaitingReasonSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("level"))) {
        change.level = parser.value(QStringLiteral("level"));
        if (!isLevelSlug(*change.level)) {
            return QString(TicketCommand::tr("unknown level “%1” (%2)")
                               .arg(*change.level, allLevelSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("category"))) {
        change.category = parser.value(QStringLiteral("category"));
        if (!Categories::isKnown(*change.category)) {
            return QString(TicketCommand::tr("unknown category “%1”").arg(*change.category));
        }
    }
    change.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("steps"))) {
        change.stepsToReproduce = parser.value(QStringLiteral("steps"));
    }
    if (parser.isSet(QStringLiteral("url"))) {
        change.pageUrl = parser.value(QStringLiteral("url")).trimmed();
        if (!change.pageUrl->isEmpty() && !isPageUrl(*change.pageUrl)) {
            return QString(TicketCommand::tr("--url wants a page address (http:// or https://)"));
        }
    }
    return std::nullopt;
}

// ticket add's options besides the common ones.
QList<QCommandLineOption> ticketAddOptions()
{
    return { { QStringLiteral("project"), TicketCommand::tr("The project (id, code or name)."), QStringLiteral("P") },
             { QStringLiteral("subject"), TicketCommand::tr("What the request is about."), QStringLiteral("S") },
             { QStringLiteral("channel"),
               TicketCommand::tr("How it came (%1).").arg(allChannelSlugs().join(QStringLiteral(", "))),
               QStringLiteral("C") },
             { QStringLiteral("arrived"),
               TicketCommand::tr("When it arrived, ISO 8601; no offset means Moscow time (default: now)."),
               QStringLiteral("T") },
             { QStringLiteral("category"), TicketCommand::tr("The category slug (see the SLA categories)."),
               QStringLiteral("K") },
             { QStringLiteral("level"),
               TicketCommand::tr("The level (%1; default: from the category).")
                   .arg(allLevelSlugs().join(QStringLiteral(", "))),
               QStringLiteral("L") },
             { QStringLiteral("description"), TicketCommand::tr("The request's text."), QStringLiteral("TEXT") },
             { QStringLiteral("steps"), TicketCommand::tr("Steps to reproduce."), QStringLiteral("TEXT") },
             { QStringLiteral("url"), TicketCommand::tr("The page the request is about."), QStringLiteral("URL") } };
}

// The new ticket as the options describe it (the project and the arrival default are
// the database's); the usage error for a bad value.
std::optional<QString> readTicketDraft(const QCommandLineParser& parser, Ticket& draft)
{
    draft.subject = parser.value(QStringLiteral("subject"));
    const auto channel = channelFromSlug(parser.value(QStringLiteral("channel")));
    if (!channel) {
        return QString(TicketCommand::tr("unknown channel “%1” (%2)")
                           .arg(parser.value(QStringLiteral("channel")), allChannelSlugs().join(QStringLiteral(", "))));
    }
    draft.channel = *channel;
    draft.category = parser.value(QStringLiteral("category"));
    if (!draft.category.isEmpty() && !Categories::isKnown(draft.category)) {
        return QString(TicketCommand::tr("unknown category “%1” (%2)")
                           .arg(draft.category, Categories::all().join(QStringLiteral(", "))));
    }
    draft.level = parser.isSet(QStringLiteral("level")) ? parser.value(QStringLiteral("level"))
                                                        : slaLevelId(Categories::suggestedLevel(draft.category, false));
    if (!isLevelSlug(draft.level)) {
        return QString(
            TicketCommand::tr("unknown level “%1” (%2)").arg(draft.level, allLevelSlugs().join(QStringLiteral(", "))));
    }
    draft.description = parser.value(QStringLiteral("description"));
    draft.stepsToReproduce = parser.value(QStringLiteral("steps"));
    draft.pageUrl = parser.value(QStringLiteral("url")).trimmed();
    if (!draft.pageUrl.isEmpty() && !isPageUrl(draft.pageUrl)) {
        return QString(TicketCommand::tr("--url wants a page address (http:// or https://)"));
    }
    if (parser.isSet(QStringLiteral("arrived"))) {
        auto arrived = parseInstant(parser.value(QStringLiteral("arrived")));
        if (!arrived) {
            return QString(arrived.error().message);
        }
        draft.arrived = *arrived;
    }
    return std::nullopt;
}

// ticket list's filters besides the common options.
QList<QCommandLineOption> ticketListOptions()
{
    return { { QStringLiteral("project"), TicketCommand::tr("Only this project (id, code or name)."),
               QStringLiteral("P") },
             { QStringLiteral("status"),
               TicketCommand::tr("Only this status (%1).").arg(allTicketStatusSlugs().join(QStringLiteral(", "))),
               QStringLiteral("S") },
             { QStringLiteral("level"),
               TicketCommand::tr("Only this level (%1).").arg(allLevelSlugs().join(QStringLiteral(", "))),
               QStringLiteral("L") },
             { QStringLiteral("limit"), TicketCommand::tr("At most N tickets."), QStringLiteral("N") } };
}

// --status, --level and --limit; the usage error for a bad value.
std::optional<QString> readTicketFilter(const QCommandLineParser& parser, TicketFilter& filter)
{
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = ticketStatusFromSlug(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            return QString(
                TicketCommand::tr("unknown status “%1” (%2)")
                    .arg(parser.value(QStringLiteral("status")), allTicketStatusSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("level"))) {
        filter.level = parser.value(QStringLiteral("level"));
        if (!isLevelSlug(filter.level)) {
            return QString(TicketCommand::tr("unknown level “%1” (%2)")
                               .arg(filter.level, allLevelSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1) {
            return QString(TicketCommand::tr("--limit needs a positive number"));
        }
    }
    return std::nullopt;
}

} // namespace dd::ctl
