#include "core/intake/IntakeService.h"

#include "core/billing/RatingParser.h"
#include "core/billing/TicketFeedback.h"
#include "core/domain/TicketEventRecord.h"
#include "core/intake/ImapClient.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/MailComposer.h"
#include "core/intake/SmtpSender.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd {

namespace {

QString sha256(const QByteArray& raw)
{
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

// The client's subject without reply prefixes and ticket tags, for the acknowledgment.
QString bareSubject(const QString& subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral(
            R"(^\s*((re|fwd?|aw|отв|ответ|пересл)\s*(\[\d+\])?\s*:\s*|\[\s*(dutydesk\s*)?[#№]\s*\d+\s*\]\s*)+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString bare = subject;
    bare.remove(prefixes);
    return bare.trimmed();
}

QString describeAttachments(const MailMessage& mail)
{
    QStringList omitted;
    for (const MailAttachment& attachment : mail.attachments) {
        if (attachment.omitted) {
            omitted << QCoreApplication::translate(
                           "dd::IntakeService", "Attachment “%1” (%2 bytes) was not stored: it exceeds the size limit.")
                           .arg(attachment.fileName)
                           .arg(attachment.size);
        }
    }
    return omitted.join(QLatin1Char('\n'));
}

} // namespace

IntakeService::IntakeService(const Database& database, IntakeSettings settings)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_store(database)
    , m_parser(m_settings.parser)
{ }

void IntakeService::checkpoint(const QString& point) const
{
    if (m_settings.checkpoint) {
        m_settings.checkpoint(point);
    }
}

Result<IntakeService::PollSummary> IntakeService::poll(ImapClient& imap, const QString& mailbox)
{
    auto state = imap.state();
    if (!state) {
        return state.error();
    }
    auto stored = m_store.cursor(mailbox);
    if (!stored) {
        return stored.error();
    }
    qint64 lastUid = 0;
    if (stored.value() && stored.value()->uidValidity == state->uidValidity) {
        lastUid = stored.value()->lastUid;
    } else {
        if (stored.value()) {
            // The mailbox was rebuilt and its UIDs renumbered: read it all again; what was
            // filed before is recognised by Message-ID.
            qWarning("%s: UIDVALIDITY changed from %lld to %lld; re-reading the mailbox", qPrintable(mailbox),
                     stored.value()->uidValidity, state->uidValidity);
        } else if (m_settings.skipExisting) {
            lastUid = std::max<qint64>(0, state->uidNext - 1);
        }
        if (auto saved = m_store.saveCursor(mailbox, { state->uidValidity, lastUid }); !saved) {
            return saved.error();
        }
    }
    auto messages = imap.messagesAfter(lastUid);
    if (!messages) {
        return messages.error();
    }
    PollSummary summary;
    for (const ImapMessageInfo& info : messages.value()) {
        auto raw = imap.fetch(info.uid, state->uidValidity);
        if (!raw) {
            return raw.error(); // the connection; the next poll starts again from this UID
        }
        ++summary.fetched;
        auto outcome = process(mailbox, state->uidValidity, info.uid, info.internalDate, raw.value());
        if (!outcome) {
            return Error { QCoreApplication::translate("dd::IntakeService", "UID %1: %2")
                               .arg(info.uid)
                               .arg(outcome.error().message) };
        }
        const QString& kind = outcome->outcome;
        summary.tickets += kind == QLatin1String("ticket");
        summary.messages += kind == QLatin1String("message");
        summary.duplicates += kind == QLatin1String("duplicate");
        summary.quarantined += kind == QLatin1String("quarantined");
        const QByteArray line
            = QStringLiteral("%1 UID %2: %3%4%5")
                  .arg(mailbox)
                  .arg(info.uid)
                  .arg(kind)
                  .arg(outcome->ticketNumber ? QStringLiteral(" #%1").arg(outcome->ticketNumber) : QString())
                  .arg(outcome->detail.isEmpty() ? QString() : QStringLiteral(" — ") + outcome->detail)
                  .toUtf8();
        if (kind == QLatin1String("quarantined")) {
            qWarning("%s", line.constData());
        } else {
            qInfo("%s", line.constData());
        }
    }
    return summary;
}

Result<IntakeOutcome> IntakeService::process(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const QByteArray& raw)
{
    const QString rawSha256 = sha256(raw);
    auto attempt = [&](bool asFailure, const QString& failure) -> Result<IntakeOutcome> {
        Transaction transaction(m_database);
        if (!transaction.started()) {
            return transaction.started().error();
        }
        auto logged = m_store.isLogged(mailbox, uidValidity, uid);
        if (!logged) {
            return logged.error();
        }
        Result<IntakeOutcome> outcome = IntakeOutcome { QStringLiteral("duplicate"), 0, 0, {} };
        if (!logged.value()) {
            const auto parsed = m_parser.parse(raw);
            QDateTime when = arrived;
            if (!when.isValid()) {
                when = parsed ? parsed->date : QDateTime();
            }
            if (!when.isValid()) {
                when = Clock::current().nowUtc();
            }
            if (asFailure) {
                outcome = hold(
                    parsed ? &parsed.value() : nullptr, raw, rawSha256, when, quarantine_reason::malformed,
                    QCoreApplication::translate("dd::IntakeService", "could not be registered: %1").arg(failure));
            } else if (!parsed) {
                auto known = m_store.isKnownIncoming({}, rawSha256);
                if (!known) {
                    return known.error();
                }
                outcome = known.value()
                    ? Result<IntakeOutcome>(
                        IntakeOutcome { QStringLiteral("duplicate"), 0, 0,
                                        QCoreApplication::translate("dd::IntakeService", "held before") })
                    : hold(nullptr, raw, rawSha256, when, quarantine_reason::malformed, parsed.error().message);
            } else {
                outcome = file(parsed.value(), raw, rawSha256, when);
            }
            if (!outcome) {
                return outcome.error();
            }
            if (auto done = m_store.log(mailbox, uidValidity, uid, rawSha256, outcome->outcome, 0, outcome->ticketId,
                                        outcome->detail);
                !done) {
                return done.error();
            }
        }
        if (auto saved = m_store.saveCursor(mailbox, { uidValidity, uid }); !saved) {
            return saved.error();
        }
        checkpoint(QStringLiteral("before-commit"));
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        checkpoint(QStringLiteral("after-commit"));
        return outcome;
    };
    auto outcome = attempt(false, {});
    if (outcome || !m_database.connection().isOpen()) {
        return outcome;
    }
    // A message the database refuses must not stop the intake for good: it is held with
    // the error. If even that fails, the database itself is the problem; retry later.
    return attempt(true, outcome.error().message);
}

Result<IntakeOutcome> IntakeService::file(const MailMessage& mail, const QByteArray& raw, const QString& rawSha256,
                                          const QDateTime& arrived)
{
    auto known = m_store.isKnownIncoming(mail.messageId, rawSha256);
    if (!known) {
        return known.error();
    }
    if (known.value()) {
        return IntakeOutcome {
            QStringLiteral("duplicate"), 0, 0,
            QCoreApplication::translate("dd::IntakeService", "Message-ID %1 was filed before").arg(mail.messageId)
        };
    }
    auto directory = m_store.senderDirectory();
    if (!directory) {
        return directory.error();
    }
    const IntakeDecision decision = IntakeRules::decide(mail, directory.value(), m_store);
    if (auto failed = m_store.takeLookupError()) {
        return *failed;
    }
    switch (decision.action) {
    case IntakeDecision::Action::Quarantine:
        return hold(&mail, raw, rawSha256, arrived, decision.reason, decision.detail);
    case IntakeDecision::Action::AppendToTicket:
        return appendToTicket(mail, decision.ticket, decision.urgent, arrived);
    case IntakeDecision::Action::CreateTicket:
        break;
    }
    auto projects = m_store.activeProjects(decision.clientId);
    if (!projects) {
        return projects.error();
    }
    const auto project = IntakeRules::chooseProject(projects.value(), mail.subject + QLatin1Char('\n') + mail.text);
    if (!project) {
        return hold(
            &mail, raw, rawSha256, arrived, quarantine_reason::noProject,
            QCoreApplication::translate(
                "dd::IntakeService", "the client of %1 has %2 active projects and the mail names none of their sites")
                .arg(mail.from.address)
                .arg(projects->size()));
    }
    return createTicket(mail, *project, decision.urgent, arrived, 0, m_settings.actor);
}

Result<IntakeOutcome> IntakeService::hold(const MailMessage* mail, const QByteArray& raw, const QString& rawSha256,
                                          const QDateTime& arrived, const QString& reason, const QString& detail)
{
    qint64 messageRow = 0;
    if (mail) {
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
    auto held = m_store.hold(messageRow, reason, detail, mail ? mail->from.address : QString(),
                             mail ? mail->subject : QString(), raw, rawSha256, arrived);
    if (!held) {
        return held.error();
    }
    return IntakeOutcome { QStringLiteral("quarantined"), 0, 0, QStringLiteral("%1: %2").arg(reason, detail) };
}

Result<qint64> IntakeService::storeIncoming(const MailMessage& mail, qint64 ticketId, bool urgent,
                                            const QDateTime& arrived, qint64 existingMessageRow)
{
    qint64 messageRow = existingMessageRow;
    if (messageRow > 0) {
        if (auto attached = m_store.attachToTicket(messageRow, ticketId); !attached) {
            return attached.error();
        }
    } else {
        IncomingRow row { urgent ? QStringLiteral("email-urgent") : QStringLiteral("email"),
                          mail.messageId,
                          mail.from.address,
                          {},
                          mail.subject,
                          mail.text,
                          arrived,
                          ticketId,
                          {} };
        auto stored = m_store.addIncoming(row);
        if (!stored) {
            return stored.error();
        }
        messageRow = stored.value();
    }
    for (const MailAttachment& attachment : mail.attachments) {
        if (attachment.omitted) {
            continue;
        }
        if (auto added = m_store.addAttachment(messageRow, ticketId, attachment); !added) {
            return added.error();
        }
    }
    return messageRow;
}

Result<IntakeOutcome> IntakeService::createTicket(const MailMessage& mail, qint64 projectId, bool urgent,
                                                  const QDateTime& arrived, qint64 existingMessageRow,
                                                  const Actor& actor)
{
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = mail.subject.trimmed().isEmpty() ? QCoreApplication::translate("dd::IntakeService", "(no subject)")
                                                     : mail.subject.trimmed();
    // Empty, not null: TicketRepository binds a null QString as NULL into NOT NULL columns.
    draft.description = mail.text.isNull() ? QStringLiteral("") : mail.text;
    draft.stepsToReproduce = QStringLiteral("");
    draft.pageUrl = QStringLiteral("");
    draft.category = QStringLiteral("");
    if (const QString note = describeAttachments(mail); !note.isEmpty()) {
        draft.description += QStringLiteral("\n\n") + note;
    }
    draft.channel = urgent ? Channel::EmailUrgent : Channel::Email;
    // «СРОЧНО» is the emergency channel: emergency from arrival; the engineer may lower
    // it at triage (docs/rules.md#channels).
    draft.level = urgent ? QStringLiteral("emergency") : QStringLiteral("standard");
    draft.arrived = arrived;
    auto ticket = TicketRepository(m_database).add(draft, actor);
    if (!ticket) {
        return ticket.error();
    }
    auto messageRow = storeIncoming(mail, ticket->id, urgent, arrived, existingMessageRow);
    if (!messageRow) {
        return messageRow.error();
    }
    if (mail.autoReply == AutoReplyKind::None) {
        if (auto queued
            = queueAcknowledgment(mail, ticket->id, ticket->number, arrived, AcknowledgmentTemplate::Kind::NewTicket);
            !queued) {
            return queued.error();
        }
    }
    return IntakeOutcome { QStringLiteral("ticket"), ticket->id, ticket->number, mail.from.address };
}

Result<IntakeOutcome> IntakeService::appendToTicket(const MailMessage& mail, const TicketRef& ticket, bool urgent,
                                                    const QDateTime& arrived)
{
    auto messageRow = storeIncoming(mail, ticket.ticketId, urgent, arrived, 0);
    if (!messageRow) {
        return messageRow.error();
    }
    // A new client message starts a new reaction clock (docs/rules.md#clocks).
    const QJsonObject data { { QStringLiteral("messageId"), mail.messageId },
                             { QStringLiteral("sender"), mail.from.address },
                             { QStringLiteral("subject"), mail.subject },
                             { QStringLiteral("messageRow"), messageRow.value() } };
    auto recorded = TicketRepository(m_database).recordClientMessage(ticket.ticketId, arrived, data, m_settings.actor);
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
                detail
                    += QStringLiteral(", ") + QCoreApplication::translate("dd::IntakeService", "rated %1").arg(*rated);
            } else {
                qWarning("ticket #%lld: the rating in %s is not recorded: %s", ticket.number,
                         qPrintable(mail.messageId), qPrintable(rated.error().toString()));
            }
        }
    }
    if (auto queued = queueAcknowledgment(mail, ticket.ticketId, ticket.number, arrived,
                                          AcknowledgmentTemplate::Kind::ClientMessage);
        !queued) {
        return queued.error();
    }
    return IntakeOutcome { QStringLiteral("message"), ticket.ticketId, ticket.number, detail };
}

Status IntakeService::queueAcknowledgment(const MailMessage& mail, qint64 ticketId, qint64 number,
                                          const QDateTime& arrived, AcknowledgmentTemplate::Kind kind)
{
    const AcknowledgmentTemplate& text
        = kind == AcknowledgmentTemplate::Kind::NewTicket ? m_settings.newTicket : m_settings.clientMessage;
    const auto rendered
        = text.render({ number, bareSubject(mail.subject),
                        mail.from.displayName.isEmpty() ? mail.from.address : mail.from.displayName, arrived });
    OutgoingMail ack;
    ack.from = m_settings.supportAddress;
    ack.to = mail.from;
    ack.subject = rendered.subject;
    ack.body = rendered.body;
    ack.messageId = MailComposer::generateMessageId(m_settings.supportAddress.address);
    ack.date = Clock::current().nowUtc();
    if (!mail.messageIdSynthesized) {
        ack.inReplyTo = { mail.messageId };
        ack.references = mail.references;
        if (!ack.references.contains(mail.messageId)) {
            ack.references.append(mail.messageId);
        }
    }
    auto row
        = m_store.addOutgoingMessage(ticketId, ack.messageId, ack.from.address, ack.to.address, ack.subject, ack.body);
    if (!row) {
        return row.error();
    }
    return m_store.queueMail(ticketId, row.value(), ack.from.address, ack.to.address, MailComposer::compose(ack),
                             ack.date);
}

QDateTime IntakeService::nextAttempt(const QDateTime& now, int failedAttempts)
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 6);
    return now.addSecs(std::min(60 << exponent, 3600));
}

Result<IntakeService::SendSummary> IntakeService::sendDue(SmtpSender& smtp, int limit)
{
    auto due = m_store.dueMail(Clock::current().nowUtc(), limit);
    if (!due) {
        return due.error();
    }
    SendSummary summary;
    for (const OutgoingMailRow& mail : due.value()) {
        const Status sent = smtp.send(mail.envelopeFrom, { mail.recipient }, mail.content);
        if (sent) {
            checkpoint(QStringLiteral("after-send"));
            if (auto marked = m_store.markSent(mail.id); !marked) {
                return marked.error();
            }
            ++summary.sent;
            continue;
        }
        ++summary.failed;
        summary.errors << QCoreApplication::translate("dd::IntakeService", "acknowledgment to %1 (ticket %2): %3")
                              .arg(mail.recipient)
                              .arg(mail.ticketId)
                              .arg(sent.error().message);
        if (auto marked = m_store.markFailed(mail.id, sent.error().message,
                                             nextAttempt(Clock::current().nowUtc(), mail.attempts + 1));
            !marked) {
            return marked.error();
        }
    }
    return summary;
}

Result<IntakeOutcome> IntakeService::release(qint64 quarantineId, qint64 projectId, const Actor& by)
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto held = m_store.quarantined(quarantineId);
    if (!held) {
        return held.error();
    }
    const auto& [entry, raw] = held.value();
    auto parsed = m_parser.parse(raw);
    MailMessage mail;
    if (parsed) {
        mail = parsed.value();
    } else {
        // An unreadable mail still becomes a ticket when a manager says so: its raw text.
        mail.subject = entry.subject.isEmpty() ? QCoreApplication::translate("dd::IntakeService", "(unreadable mail)")
                                               : entry.subject;
        mail.text = QString::fromUtf8(raw.left(64 * 1024));
        mail.autoReply = AutoReplyKind::AutoSubmitted; // nobody to acknowledge
    }
    auto created = createTicket(mail, projectId, IntakeRules::isUrgentSubject(mail.subject), entry.arrived,
                                entry.messageRowId, by);
    if (!created) {
        return created.error();
    }
    if (auto resolved = m_store.resolve(quarantineId, QStringLiteral("released"), created->ticketId, by.login, {});
        !resolved) {
        return resolved.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return created;
}

Status IntakeService::discard(qint64 quarantineId, const QString& reason, const Actor& by)
{
    if (reason.trimmed().isEmpty()) {
        return Error { QCoreApplication::translate("dd::IntakeService", "say why the mail is discarded") };
    }
    return m_store.resolve(quarantineId, QStringLiteral("discarded"), 0, by.login, reason.trimmed());
}

} // namespace dd
