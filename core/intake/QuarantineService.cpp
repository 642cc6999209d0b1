#include "core/intake/QuarantineService.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStore.h"

#include "core/intake/MailParser.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>

namespace dd {

QuarantineService::QuarantineService(const Database& database, IntakeSettings settings)
    : m_database(database)
    , m_intake(database, std::move(settings))
{ }

Result<QList<QuarantineEntry>> QuarantineService::list(const QString& status) const
{
    static const QStringList statuses { QStringLiteral("held"), QStringLiteral("released"),
                                        QStringLiteral("discarded") };
    if (!status.isEmpty() && !statuses.contains(status)) {
        return Error {
            QuarantineService::tr("a quarantine status is held, released or discarded, not “%1”").arg(status)
        };
    }
    return m_intake.store().quarantine(status);
}

Result<QList<QuarantineListItem>> QuarantineService::overview(const QString& status) const
{
    auto entries = list(status);
    if (!entries) {
        return entries.error();
    }
    const TicketRepository tickets(m_database);
    QList<QuarantineListItem> items;
    items.reserve(entries->size());
    for (const QuarantineEntry& entry : *entries) {
        QuarantineListItem item;
        item.entry = entry;
        // An unreadable mail still lists; its size is known, its attachments are not.
        if (auto held = m_intake.store().quarantined(entry.id); held) {
            item.size = held->second.size();
            if (auto parsed = m_intake.parser().parse(held->second); parsed) {
                item.attachments = int(parsed->attachments.size());
            }
        }
        if (entry.status == QLatin1String("released")) {
            auto ticket = tickets.get(entry.ticketId);
            item.ticketNumber = ticket ? ticket->number : 0;
            item.ticketError = ticket ? QString() : ticket.error().message;
        }
        items << std::move(item);
    }
    return items;
}

Result<QList<Project>> QuarantineService::projects() const
{
    return ProjectRepository(m_database).all();
}

Result<std::pair<QuarantineEntry, QByteArray>> QuarantineService::show(qint64 id) const
{
    return m_intake.store().quarantined(id);
}

Result<IntakeOutcome> QuarantineService::release(qint64 id, qint64 projectId, const Actor& by)
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto held = m_intake.store().quarantined(id);
    if (!held) {
        return held.error();
    }
    const auto& [entry, raw] = held.value();
    if (entry.status != QLatin1String("held")) {
        return Error { IntakeStore::tr("quarantined mail %1 is not held any more").arg(id) };
    }
    auto parsed = m_intake.parser().parse(raw);
    MailMessage mail;
    if (parsed) {
        mail = parsed.value();
    } else {
        // An unreadable mail still becomes a ticket when a manager says so: its raw text.
        mail.subject = entry.subject.isEmpty() ? IntakeService::tr("(unreadable mail)") : entry.subject;
        mail.text = QString::fromUtf8(raw.left(64 * 1024));
        mail.autoReply = AutoReplyKind::AutoSubmitted; // nobody to acknowledge
        mail.damage << parsed.error().message;
    }
    auto created = m_intake.fileReleased(mail, raw, projectId, entry.arrived, entry.messageRowId, by);
    if (!created) {
        return created.error();
    }
    if (auto resolved = m_intake.store().resolve(id, QStringLiteral("released"), created->ticketId, by.login, {});
        !resolved) {
        return resolved.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return created;
}

Status QuarantineService::discard(qint64 id, const QString& reason, const Actor& by)
{
    if (reason.trimmed().isEmpty()) {
        return Error { IntakeService::tr("say why the mail is discarded") };
    }
    return m_intake.store().resolve(id, QStringLiteral("discarded"), 0, by.login, reason.trimmed());
}

} // namespace dd
