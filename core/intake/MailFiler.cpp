#include "core/intake/MailFiler.h"
#include "core/intake/IntakeService.h"

#include "core/billing/RatingParser.h"
#include "core/billing/TicketFeedback.h"
#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventRecord.h"
#include "core/intake/EscalationNotice.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dd {

namespace {

QString describeAttachments(const MailMessage& mail)
{
    QStringList omitted;
    for (const MailAttachment& attachment : mail.attachments) {
        if (attachment.omitted) {
            omitted << IntakeService::tr("Attachment “%1” (%2 bytes) was not stored: it exceeds the size limit.")
                           .arg(attachment.fileName)
                           .arg(attachment.size);
        }
    }
    for (const QString& damage : mail.damage) {
        omitted << QStringLiteral("⚠ ") + damage;
    }
    if (!mail.damage.isEmpty()) {
        omitted << IntakeService::tr("⚠ The original mail is attached as original-message.eml.");
    }
    return omitted.join(QLatin1Char('\n'));
}

// Filed under when the Message-ID belongs to another mail: stable for the same content,
// so a redelivery is still recognised.
QString derivedMessageId(const QString& messageId, const QString& contentSha256)
{
    const QString local = messageId.section(QLatin1Char('@'), 0, 0).left(160);
    const QString domain = messageId.contains(QLatin1Char('@')) ? messageId.section(QLatin1Char('@'), 1).left(80)
                                                                : QStringLiteral("dutydesk.invalid");
    return QStringLiteral("%1.dd-%2@%3").arg(local, contentSha256.left(16), domain);
}

} // namespace

MailFiler::MailFiler(const Database& database, const IntakeSettings& settings, const IntakeStore& store)
    : m_database(database)
    , m_settings(settings)
    , m_store(store)
    , m_acknowledgments(database, settings, store)
{ }

Status MailFiler::refreshDirectory()
{
    if (m_directoryAge.isValid() && !m_directoryAge.hasExpired(5000)) {
        return Done {};
    }
    auto directory = m_store.senderDirectory();
    if (!directory) {
        return directory.error();
    }
    m_directory = directory.value();
    m_projects.clear();
    m_directoryAge.start();
    return Done {};
}

Result<IntakeOutcome> MailFiler::file(MailMessage mail, const QDateTime& arrived, const PriorMail& prior)
{
    if (prior.kind == PriorMail::Kind::Duplicate) {
        return IntakeOutcome { QStringLiteral("duplicate"), 0, 0, prior.detail };
    }
    if (prior.kind == PriorMail::Kind::IdCollision) {
        const QString derived = derivedMessageId(mail.messageId, m_original.contentSha256);
        auto again = m_store.prior(derived, m_original.rawSha256, m_original.contentSha256);
        if (!again) {
            return again.error();
        }
        if (again->kind != PriorMail::Kind::New) {
            return IntakeOutcome { QStringLiteral("duplicate"), 0, 0, again->detail };
        }
        mail.damage << IntakeService::tr("%1; filed as %2").arg(prior.detail, derived);
        mail.messageId = derived;
    }
    if (auto refreshed = refreshDirectory(); !refreshed) {
        return refreshed.error();
    }
    const IntakeDecision decision = IntakeRules::decide(mail, m_directory, m_store);
    if (auto failed = m_store.takeLookupError()) {
        return *failed;
    }
    switch (decision.action) {
    case IntakeDecision::Action::Quarantine:
        return hold(&mail, true, arrived, decision.reason, decision.detail);
    case IntakeDecision::Action::AppendToTicket:
        return appendToTicket(mail, decision.ticket, decision.urgent, arrived);
    case IntakeDecision::Action::CreateTicket:
        break;
    }
    auto projects = activeProjects(decision.clientId);
    if (!projects) {
        return projects.error();
    }
    const auto project = IntakeRules::chooseProject(projects.value(), mail.subject + QLatin1Char('\n') + mail.text);
    if (!project) {
        return hold(&mail, true, arrived, quarantine_reason::noProject,
                    IntakeService::tr("the client of %1 has %2 active projects and the mail names none of their sites")
                        .arg(mail.from.address)
                        .arg(projects->size()));
    }
    return createTicket(mail, *project, decision.urgent, arrived, 0, m_settings.actor);
}

Result<QList<std::pair<qint64, QStringList>>> MailFiler::activeProjects(qint64 clientId)
{
    if (auto known = m_projects.constFind(clientId); known != m_projects.constEnd()) {
        return known.value();
    }
    auto projects = m_store.activeProjects(clientId);
    if (projects) {
        m_projects.insert(clientId, projects.value());
    }
    return projects;
}

QStringList MailFiler::siteUrlsOf(qint64 projectId) const
{
    for (const auto& projects : m_projects) {
        for (const auto& [id, sites] : projects) {
            if (id == projectId) {
                return sites;
            }
        }
    }
    // A release from quarantine names a project the directory has not read.
    auto project = ProjectRepository(m_database).find(QString::number(projectId));
    return project && *project ? (*project)->siteUrls : QStringList();
}

Result<IntakeOutcome> MailFiler::hold(const MailMessage* mail, bool withMessageRow, const QDateTime& arrived,
                                      const QString& reason, const QString& detail, const QString& spamScore)
{
    qint64 messageRow = 0;
    if (mail && withMessageRow) {
        IncomingRow row { QStringLiteral("email"),
                          mail->messageId,
                          mail->from.address,
                          {},
                          mail->subject,
                          mail->text,
                          arrived,
                          0,
                          reason };
        auto stored = m_store.addIncoming(row);
        if (!stored) {
            return stored.error();
        }
        messageRow = stored.value();
    }
    auto held
        = m_store.hold(messageRow, reason, detail, mail ? mail->from.address : QString(),
                       mail ? mail->subject : QString(), m_original.raw, m_original.rawSha256, arrived, spamScore);
    if (!held) {
        return held.error();
    }
    return IntakeOutcome { QStringLiteral("quarantined"), 0, 0, QStringLiteral("%1: %2").arg(reason, detail) };
}

IncomingRow MailFiler::incomingRow(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived)
{
    return { urgent ? QStringLiteral("email-urgent") : QStringLiteral("email"),
             mail.messageId,
             mail.from.address,
             mail.recipients.join(QStringLiteral(", ")),
             mail.subject,
             mail.text,
             arrived,
             ticketId,
             {} };
}

Status MailFiler::storeAttachments(const MailMessage& mail, qint64 messageRow, qint64 ticketId)
{
    QList<MailAttachment> attachments = mail.attachments;
    if (!mail.damage.isEmpty()) {
        attachments.append({ QStringLiteral("original-message.eml"), QStringLiteral("message/rfc822"),
                             m_original.raw.size(), m_original.raw, false });
    }
    for (const MailAttachment& attachment : attachments) {
        if (attachment.omitted) {
            continue;
        }
        if (auto added = m_store.addAttachment(messageRow, ticketId, attachment); !added) {
            return added.error();
        }
    }
    return Done {};
}

Result<qint64> MailFiler::storeIncoming(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived,
                                        qint64 existingMessageRow)
{
    qint64 messageRow = existingMessageRow;
    if (messageRow > 0) {
        if (auto attached = m_store.attachToTicket(messageRow, ticketId); !attached) {
            return attached.error();
        }
    } else {
        auto stored = m_store.addIncoming(incomingRow(mail, ticketId, urgent, arrived));
        if (!stored) {
            return stored.error();
        }
        messageRow = stored.value();
    }
    if (auto added = storeAttachments(mail, messageRow, ticketId); !added) {
        return added.error();
    }
    if (auto kept = m_store.storeRaw(messageRow, m_original, mail.damage); !kept) {
        return kept.error();
    }
    return messageRow;
}

Ticket MailFiler::ticketDraft(const MailMessage& mail, qint64 projectId, bool urgent, const QDateTime& arrived) const
{
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = mail.subject.trimmed().isEmpty() ? IntakeService::tr("(no subject)") : mail.subject.trimmed();
    // Empty, not null: TicketRepository binds a null QString as NULL into NOT NULL columns.
    draft.description = mail.text.isNull() ? QStringLiteral("") : mail.text;
    draft.stepsToReproduce = QStringLiteral("");
    // The regulation's "page URL": the first address on the client's site in the mail.
    draft.pageUrl = firstSiteUrl(mail.subject + QLatin1Char('\n') + mail.text, siteUrlsOf(projectId));
    draft.category = QStringLiteral("");
    if (const QString note = describeAttachments(mail); !note.isEmpty()) {
        draft.description += QStringLiteral("\n\n") + note;
    }
    draft.channel = urgent ? Channel::EmailUrgent : Channel::Email;
    // «СРОЧНО» is the emergency channel: emergency from arrival; the engineer may lower
    // it at triage (docs/rules.md#channels).
    draft.level = urgent ? QStringLiteral("emergency") : QStringLiteral("standard");
    draft.arrived = arrived;
    return draft;
}

Result<FiledTicket> MailFiler::fileStepwise(const MailMessage& mail, const Ticket& draft, bool urgent,
                                            qint64 existingMessageRow, const Actor& actor)
{
    auto ticket = TicketRepository(m_database).add(draft, actor);
    if (!ticket) {
        return ticket.error();
    }
    auto messageRow = storeIncoming(mail, ticket->id, urgent, draft.arrived, existingMessageRow);
    if (!messageRow) {
        return messageRow.error();
    }
    return FiledTicket { ticket->id, ticket->number, messageRow.value() };
}

// PostgreSQL: each statement is a round trip to the server, so the ticket, its arrival
// event, the message and its original go in one (IntakeFilingMigration); the same rows
// as fileStepwise writes.
Result<FiledTicket> MailFiler::fileOnServer(const MailMessage& mail, const Ticket& draft, bool urgent,
                                            const Actor& actor)
{
    if (auto checked = TicketRepository(m_database).checkNew(draft); !checked) {
        return checked.error();
    }
    auto filed = m_store.fileTicket(draft, actor, incomingRow(mail, 0, urgent, draft.arrived), m_original, mail.damage);
    if (!filed) {
        return filed.error();
    }
    if (auto added = storeAttachments(mail, filed->messageRowId, filed->ticketId); !added) {
        return added.error();
    }
    return filed;
}

Result<IntakeOutcome> MailFiler::createTicket(const MailMessage& mail, qint64 projectId, bool urgent,
                                              const QDateTime& arrived, qint64 existingMessageRow, const Actor& actor)
{
    const Ticket draft = ticketDraft(mail, projectId, urgent, arrived);
    // A mail released from quarantine already has its message row: the stepwise path moves it.
    auto ticket = m_database.isPostgres() && existingMessageRow == 0
        ? fileOnServer(mail, draft, urgent, actor)
        : fileStepwise(mail, draft, urgent, existingMessageRow, actor);
    if (!ticket) {
        return ticket.error();
    }
    if (mail.autoReply == AutoReplyKind::None) {
        if (auto queued = m_acknowledgments.queue(mail, ticket->ticketId, ticket->number, arrived,
                                                  AcknowledgmentTemplate::Kind::NewTicket, urgent);
            !queued) {
            return queued.error();
        }
    }
    return IntakeOutcome { QStringLiteral("ticket"), ticket->ticketId, ticket->number, mail.from.address };
}

Result<IntakeOutcome> MailFiler::appendToTicket(const MailMessage& mail, const TicketRef& ticket, bool urgent,
                                                const QDateTime& arrived)
{
    auto messageRow = storeIncoming(mail, ticket.ticketId, urgent, arrived, 0);
    if (!messageRow) {
        return messageRow.error();
    }
    auto guard = m_acknowledgments.loopGuard(ticket.ticketId, mail.from.address);
    if (!guard) {
        return guard.error();
    }
    // A new client message starts a new reaction clock and ends a wait (docs/rules.md#clocks);
    // an automatic one (an echo of our acknowledgment) is kept in the history only.
    const bool automatic = mail.autoReply != AutoReplyKind::None || guard->automatic();
    const QJsonObject data { { QStringLiteral("messageId"), mail.messageId },
                             { QStringLiteral("sender"), mail.from.address },
                             { QStringLiteral("subject"), mail.subject },
                             { QStringLiteral("messageRow"), messageRow.value() } };
    const TicketRepository tickets(m_database);
    auto recorded = automatic
        ? tickets.recordEvent(ticket.ticketId, ticket_event::automaticMessage, arrived, data, m_settings.actor)
        : tickets.recordClientMessage(ticket.ticketId, arrived, data, m_settings.actor);
    if (!recorded) {
        return recorded.error();
    }
    QString detail = mail.from.address;
    // After resolution the client rates in a reply (docs/rules.md#tickets), in the same commit as the
    // message. A refused rating is logged and the message still filed: mail is never lost.
    if (recorded->status == TicketStatus::Resolved || recorded->status == TicketStatus::Closed) {
        if (RatingParser::parse(mail.text)) {
            auto rated = TicketFeedback(m_database).rateFromReply(ticket.ticketId, mail.text, m_settings.actor);
            if (rated) {
                detail += QStringLiteral(", ") + IntakeService::tr("rated %1").arg(*rated);
            } else {
                qWarning("ticket #%lld: the rating in %s is not recorded: %s", ticket.number,
                         qPrintable(mail.messageId), qPrintable(rated.error().toString()));
            }
        }
    }
    auto escalated = escalate(mail, ticket);
    if (!escalated) {
        return escalated.error();
    }
    detail += escalated.value();
    if (guard->held) {
        detail += QStringLiteral(", ") + IntakeService::tr("no acknowledgment (loop guard: one was sent recently)");
    } else if (auto queued = m_acknowledgments.queue(mail, ticket.ticketId, ticket.number, arrived,
                                                     AcknowledgmentTemplate::Kind::ClientMessage);
               !queued) {
        return queued.error();
    }
    if (automatic) {
        detail += QStringLiteral(", ") + IntakeService::tr("automatic: no reaction owed");
    }
    return IntakeOutcome { QStringLiteral("message"), ticket.ticketId, ticket.number, detail };
}

// A mail written to the head of support about a ticket is the client's escalation
// (docs/rules.md#tickets): the flag goes up, the mail's text is the message just filed.
Result<QString> MailFiler::escalate(const MailMessage& mail, const TicketRef& ticket)
{
    const QString head = m_settings.escalationAddress.trimmed().toLower();
    if (head.isEmpty() || !mail.recipients.contains(head)) {
        return QString();
    }
    auto current = TicketRepository(m_database).get(ticket.ticketId);
    if (!current) {
        return current.error();
    }
    if (current->escalated) {
        return QString();
    }
    if (auto flagged = TicketFeedback(m_database).escalate(ticket.ticketId, m_settings.actor); !flagged) {
        return flagged.error();
    }
    // Managers see the flag in the console; by mail they hear of it away from it too.
    auto notified = EscalationNotice(m_settings, m_store).queue(current.value(), mail);
    if (!notified) {
        return notified.error();
    }
    return QStringLiteral(", ") + IntakeService::tr("escalated (%n notified by mail)", nullptr, notified.value());
}

} // namespace dd
