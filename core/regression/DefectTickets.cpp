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

QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

DefectTickets::DefectTickets(const Database& database)
    : m_database(database)
{ }

Result<Ticket> DefectTickets::fromItem(qint64 itemId, const Actor& actor) const
{
    auto owner = m_database.run(QStringLiteral("SELECT run_id FROM test_run_items WHERE id = ?"), { itemId });
    if (!owner) {
        return owner.error();
    }
    if (!owner.value().next()) {
        return Error { RegressionRepository::tr("there is no checklist item %1").arg(itemId) };
    }
    auto source = RegressionRepository(m_database).run(owner.value().value(0).toLongLong());
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
    const QString title = ChecklistTemplate::displayTitle({ item->slug, item->title });
    Ticket draft;
    draft.projectId = source->projectId;
    draft.subject = source->kind == RunKind::Feature
        ? RegressionRepository::tr("Feature test of #%1 failed: %2").arg(source->ticketNumber).arg(title)
        : RegressionRepository::tr("Regression test failed: %1").arg(title);
    draft.description = RegressionRepository::tr("Found by %1 in test run %2 (%3), item %4 “%5”.")
                            .arg(actor.displayName())
                            .arg(source->id)
                            .arg(toSlug(source->kind), QString::number(item->position), item->slug);
    draft.stepsToReproduce = nonNull(item->note);
    // Defects the agency finds itself have no client channel; e-mail is the regulation's
    // default channel and keeps the ticket in the standard queue.
    draft.channel = Channel::Email;
    draft.arrived = Clock::current().nowUtc();
    draft.category = QStringLiteral("bug-fixing");
    draft.level = QStringLiteral("standard");
    auto ticket = TicketRepository(m_database).add(draft, actor);
    if (!ticket) {
        return ticket.error();
    }
    auto linked
        = m_database.run(QStringLiteral("UPDATE test_run_items SET ticket_id = ? WHERE id = ? AND ticket_id IS NULL"),
                         { ticket->id, itemId });
    if (!linked) {
        return linked.error();
    }
    // The screenshots go with the defect, so the programmer sees what the tester saw.
    for (const RegressionAttachment& attachment : item->attachments) {
        auto data = RegressionRepository(m_database).attachmentData(attachment.id);
        if (!data) {
            return data.error();
        }
        auto copied
            = m_database.run(QStringLiteral("INSERT INTO attachments (ticket_id, file_name, mime_type, "
                                            "size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, %1)")
                                 .arg(m_database.nowSql()),
                             { ticket->id, attachment.fileName, attachment.mimeType, qint64(data->size()), *data });
        if (!copied) {
            return copied.error();
        }
    }
    return ticket;
}

} // namespace dd
