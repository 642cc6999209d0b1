#include "core/intake/IntakeService.h"

#include "core/billing/RatingParser.h"
#include "core/billing/TicketFeedback.h"
#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventRecord.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/MailComposer.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd {

namespace {

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
    for (const QString& damage : mail.damage) {
        omitted << QStringLiteral("⚠ ") + damage;
    }
    if (!mail.damage.isEmpty()) {
        omitted << QCoreApplication::translate("dd::IntakeService",
                                               "⚠ The original mail is attached as original-message.eml.");
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

QString IntakeService::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString IntakeService::contentSha256(const MailMessage& mail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : { mail.from.address, mail.subject, mail.date.toString(Qt::ISODate), mail.text }) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    for (const MailAttachment& attachment : mail.attachments) {
        hash.addData(attachment.fileName.toUtf8());
        hash.addData(QCryptographicHash::hash(attachment.content, QCryptographicHash::Sha256));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<IntakeOutcome> IntakeService::process(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const QByteArray& raw)
{
    m_original = { raw, sha256(raw), {} };
    std::optional<SpamVerdict> spam;
    if (m_settings.spamd) {
        auto logged = m_store.isLogged(mailbox, uidValidity, uid);
        if (!logged) {
            return logged.error();
        }
        if (!logged.value()) {
            auto verdict = m_settings.spamd->check(raw);
            if (!verdict) {
                return verdict.error(); // accepted only after the check: retried, never skipped
            }
            spam = verdict.value();
        }
    }
    auto outcome = attempt(mailbox, uidValidity, uid, arrived, raw, spam, {});
    if (outcome) {
        return outcome;
    }
    // A message the database refuses must not stop the intake: it is held with the error
    // and its original. If even that fails, the database itself is the problem.
    auto held = attempt(mailbox, uidValidity, uid, arrived, raw, spam, outcome.error().message);
    return held ? held : outcome;
}

Result<IntakeOutcome> IntakeService::attempt(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const QByteArray& raw,
                                             const std::optional<SpamVerdict>& spam, const QString& failure)
{
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
        if (parsed) {
            m_original.contentSha256 = contentSha256(parsed.value());
        }
        QDateTime when = arrived;
        if (!when.isValid()) {
            when = parsed ? parsed->date : QDateTime();
        }
        if (!when.isValid()) {
            when = Clock::current().nowUtc();
        }
        const MailMessage* mail = parsed ? &parsed.value() : nullptr;
        if (!failure.isEmpty()) {
            outcome
                = hold(mail, false, when, quarantine_reason::malformed,
                       QCoreApplication::translate("dd::IntakeService", "could not be registered: %1").arg(failure));
        } else if (!parsed) {
            auto prior = m_store.prior({}, m_original.rawSha256, {});
            if (!prior) {
                return prior.error();
            }
            outcome = prior->kind == PriorMail::Kind::Duplicate
                ? Result<IntakeOutcome>(IntakeOutcome { QStringLiteral("duplicate"), 0, 0, prior->detail })
                : hold(nullptr, false, when, quarantine_reason::malformed, parsed.error().message);
        } else if (!parsed->spamVerdict.isEmpty() || (spam && spam->spam)) {
            const QString score = spam && spam->spam ? spam->scoreText() : parsed->spamVerdict;
            outcome = hold(mail, true, when, quarantine_reason::spam,
                           QCoreApplication::translate("dd::IntakeService", "spam (score %1)").arg(score), score);
        } else {
            outcome = file(parsed.value(), when);
        }
        if (!outcome) {
            return outcome.error();
        }
        if (auto done = m_store.log(mailbox, uidValidity, uid, m_original.rawSha256, outcome->outcome, 0,
                                    outcome->ticketId, outcome->detail);
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
}

Result<IntakeOutcome> IntakeService::file(MailMessage mail, const QDateTime& arrived)
{
    auto prior = m_store.prior(mail.messageId, m_original.rawSha256, m_original.contentSha256);
    if (!prior) {
        return prior.error();
    }
    if (prior->kind == PriorMail::Kind::Duplicate) {
        return IntakeOutcome { QStringLiteral("duplicate"), 0, 0, prior->detail };
    }
    if (prior->kind == PriorMail::Kind::IdCollision) {
        const QString derived = derivedMessageId(mail.messageId, m_original.contentSha256);
        auto again = m_store.prior(derived, m_original.rawSha256, m_original.contentSha256);
        if (!again) {
            return again.error();
        }
        if (again->kind != PriorMail::Kind::New) {
            return IntakeOutcome { QStringLiteral("duplicate"), 0, 0, again->detail };
        }
        mail.damage << QCoreApplication::translate("dd::IntakeService", "%1; filed as %2").arg(prior->detail, derived);
        mail.messageId = derived;
    }
    // Who may write changes rarely: read at most every few seconds, not per mail of a backlog.
    if (!m_directoryAge.isValid() || m_directoryAge.hasExpired(5000)) {
        auto directory = m_store.senderDirectory();
        if (!directory) {
            return directory.error();
        }
        m_directory = directory.value();
        m_directoryAge.start();
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
    auto projects = m_store.activeProjects(decision.clientId);
    if (!projects) {
        return projects.error();
    }
    const auto project = IntakeRules::chooseProject(projects.value(), mail.subject + QLatin1Char('\n') + mail.text);
    if (!project) {
        return hold(
            &mail, true, arrived, quarantine_reason::noProject,
            QCoreApplication::translate(
                "dd::IntakeService", "the client of %1 has %2 active projects and the mail names none of their sites")
                .arg(mail.from.address)
                .arg(projects->size()));
    }
    return createTicket(mail, *project, decision.urgent, arrived, 0, m_settings.actor);
}

Result<IntakeOutcome> IntakeService::hold(const MailMessage* mail, bool withMessageRow, const QDateTime& arrived,
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
                          mail.recipients.join(QStringLiteral(", ")),
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
    if (auto kept
        = m_store.storeRaw(messageRow, m_original.raw, m_original.rawSha256, m_original.contentSha256, mail.damage);
        !kept) {
        return kept.error();
    }
    return messageRow;
}

Result<IntakeOutcome> IntakeService::fileReleased(const MailMessage& mail, const QByteArray& raw, qint64 projectId,
                                                  const QDateTime& arrived, qint64 existingMessageRow, const Actor& by)
{
    m_original = { raw, sha256(raw), contentSha256(mail) };
    return createTicket(mail, projectId, IntakeRules::isUrgentSubject(mail.subject), arrived, existingMessageRow, by);
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
    // The regulation's "page URL": the first address on the client's site in the mail.
    if (auto project = ProjectRepository(m_database).find(QString::number(projectId)); project && *project) {
        draft.pageUrl = firstSiteUrl(mail.subject + QLatin1Char('\n') + mail.text, (*project)->siteUrls);
    }
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
            = queueAcknowledgment(mail, ticket->id, ticket->number, arrived, AcknowledgmentTemplate::Kind::NewTicket,
                                  urgent && outsideBusinessHours(arrived));
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
    auto escalated = escalate(mail, ticket);
    if (!escalated) {
        return escalated.error();
    }
    detail += escalated.value();
    auto queued = queueAcknowledgment(mail, ticket.ticketId, ticket.number, arrived,
                                      AcknowledgmentTemplate::Kind::ClientMessage);
    if (!queued) {
        return queued.error();
    }
    if (!queued.value()) {
        detail += QStringLiteral(", ")
            + QCoreApplication::translate("dd::IntakeService", "no acknowledgment (loop guard: one was sent recently)");
    }
    return IntakeOutcome { QStringLiteral("message"), ticket.ticketId, ticket.number, detail };
}

// A mail written to the head of support about a ticket is the client's escalation
// (docs/rules.md#tickets): the flag goes up, the mail's text is the message just filed.
Result<QString> IntakeService::escalate(const MailMessage& mail, const TicketRef& ticket)
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
    return QStringLiteral(", ") + QCoreApplication::translate("dd::IntakeService", "escalated");
}

bool IntakeService::outsideBusinessHours(const QDateTime& arrived)
{
    if (!m_sla) {
        auto loaded = TicketSla::load(m_database);
        if (!loaded) {
            return true; // no calendar to tell: the phone is the safe advice
        }
        m_sla = std::move(loaded).value();
    }
    const qint64 at = arrived.toSecsSinceEpoch();
    const auto counted = m_sla->engine().elapsed(at, at + 1, ScheduleKind::Business);
    return !counted || *counted == 0;
}

Result<bool> IntakeService::queueAcknowledgment(const MailMessage& mail, qint64 ticketId, qint64 number,
                                                const QDateTime& arrived, AcknowledgmentTemplate::Kind kind,
                                                bool offHoursEmergency)
{
    // The loop guard: an autoresponder that does not say so answers every acknowledgment.
    if (m_settings.acknowledgmentIntervalSeconds > 0) {
        auto recent
            = m_store.acknowledgmentsWithin(ticketId, mail.from.address, m_settings.acknowledgmentIntervalSeconds);
        if (!recent) {
            return recent.error();
        }
        if (recent.value() > 0) {
            return false;
        }
    }
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
    if (offHoursEmergency) {
        ack.body += QLatin1Char('\n') + AcknowledgmentTemplate::emergencyOffHoursNote();
    }
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
    if (auto queued = m_store.queueMail(ticketId, row.value(), ack.from.address, ack.to.address,
                                        MailComposer::compose(ack), ack.date);
        !queued) {
        return queued.error();
    }
    return true;
}

} // namespace dd
