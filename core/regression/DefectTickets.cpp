#include "core/regression/DefectTickets.h"

#include "core/regression/ChecklistTemplate.h"
#include "core/regression/RegressionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd {

namespace {

// The run an item belongs to, and the item: a failed one not yet filed as a ticket.
struct FailedItem
{
    RegressionRun run;
    RegressionRunItem item;
};

Result<FailedItem> findFailedItem(const Database& database, qint64 itemId)
{
    auto owner = database.run(QStringLiteral("SELECT run_id FROM test_run_items WHERE id = ?"), { itemId });
    if (!owner) {
        return owner.error();
    }
    if (!owner.value().next()) {
        return Error { RegressionRepository::tr("there is no checklist item %1").arg(itemId) };
    }
    auto source = RegressionRepository(database).run(owner.value().value(0).toLongLong());
    if (!source) {
        return source.error();
    }
    const RegressionRunItem* item = nullptr;
    for (const RegressionRunItem& candidate : source->items) {
        item = candidate.id == itemId ? &candidate : item;
    }
    if (!item) {
        return Error { RegressionRepository::tr("there is no checklist item %1").arg(itemId) };
    }
    if (item->result != ItemResult::Fail) {
        return Error { RegressionRepository::tr("only a failed item becomes a ticket; “%1” is %2")
                           .arg(item->slug, toSlug(item->result)) };
    }
    if (item->ticketId != 0) {
        return Error {
            RegressionRepository::tr("the item “%1” is already ticket #%2").arg(item->slug).arg(item->ticketNumber)
        };
    }
    return FailedItem { *source, *item };
}

Ticket defectDraft(const RegressionRun& run, const RegressionRunItem& item, const Actor& actor)
{
    const QString title = ChecklistTemplate::displayTitle({ item.slug, item.title });
    Ticket draft;
    draft.projectId = run.projectId;
    draft.subject = run.kind == RunKind::Feature
        ? RegressionRepository::tr("Feature test of #%1 failed: %2").arg(run.ticketNumber).arg(title)
        : RegressionRepository::tr("Regression test failed: %1").arg(title);
    draft.description = RegressionRepository::tr("Found by %1 in test run %2 (%3), item %4 “%5”.")
                            .arg(actor.displayName())
                            .arg(run.id)
                            .arg(toSlug(run.kind), QString::number(item.position), item.slug);
    draft.stepsToReproduce = item.note;
    // Defects the agency finds itself have no client channel; e-mail is the regulation's
    // default channel and keeps the ticket in the standard queue.
    draft.channel = Channel::Email;
    draft.arrived = Clock::current().nowUtc();
    draft.category = QStringLiteral("bug-fixing");
    draft.level = QStringLiteral("standard");
    return draft;
}

// The screenshots go with the defect, so the programmer sees what the tester saw.
Status copyAttachments(const Database& database, const RegressionRunItem& item, qint64 ticketId)
{
    for (const RegressionAttachment& attachment : item.attachments) {
        auto data = RegressionRepository(database).attachmentData(attachment.id);
        if (!data) {
            return data.error();
        }
        auto copied = database.run(QStringLiteral("INSERT INTO attachments (ticket_id, file_name, mime_type, "
                                                  "size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, %1)")
                                       .arg(database.nowSql()),
                                   { ticketId, attachment.fileName, attachment.mimeType, qint64(data->size()), *data });
        if (!copied) {
            return copied.error();
        }
    }
    return Done {};
}

} // namespace

DefectTickets::DefectTickets(const Database& database)
    : m_database(database)
{ }

Result<Ticket> DefectTickets::fromItem(qint64 itemId, const Actor& actor) const
{
    auto found = findFailedItem(m_database, itemId);
    if (!found) {
        return found.error();
    }
    auto ticket = TicketRepository(m_database).add(defectDraft(found->run, found->item, actor), actor);
    if (!ticket) {
        return ticket.error();
    }
    auto linked
        = m_database.run(QStringLiteral("UPDATE test_run_items SET ticket_id = ? WHERE id = ? AND ticket_id IS NULL"),
                         { ticket->id, itemId });
    if (!linked) {
        return linked.error();
    }
    if (auto copied = copyAttachments(m_database, found->item, ticket->id); !copied) {
        return copied.error();
    }
    return ticket;
}

} // namespace dd
