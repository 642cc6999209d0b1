#include "core/intake/AcknowledgmentQueue.h"

#include "core/intake/MailComposer.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

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

} // namespace

AcknowledgmentQueue::AcknowledgmentQueue(const Database& database, const IntakeSettings& settings,
                                         const IntakeStore& store)
    : m_database(database)
    , m_settings(settings)
    , m_store(store)
{ }

AcknowledgmentQueue::~AcknowledgmentQueue() = default;

bool AcknowledgmentQueue::outsideBusinessHours(const QDateTime& arrived)
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

Result<LoopGuardState> AcknowledgmentQueue::loopGuard(qint64 ticketId, const QString& sender) const
{
    // The loop guard: an autoresponder that does not say so answers every acknowledgment.
    return m_store.loopGuard(ticketId, sender, m_settings.acknowledgmentIntervalSeconds);
}

Status AcknowledgmentQueue::queue(const MailMessage& mail, qint64 ticketId, qint64 number, const QDateTime& arrived,
                                  AcknowledgmentTemplate::Kind kind, bool urgent)
{
    // A client who wrote without a single Cyrillic letter gets the English text, when there is one.
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    const bool english = kind == AcknowledgmentTemplate::Kind::NewTicket && m_settings.newTicketEnglish
        && !cyrillic.match(mail.subject + mail.text).hasMatch();
    const AcknowledgmentTemplate& text = english          ? *m_settings.newTicketEnglish
        : kind == AcknowledgmentTemplate::Kind::NewTicket ? m_settings.newTicket
                                                          : m_settings.clientMessage;
    const auto rendered
        = text.render({ number, bareSubject(mail.subject),
                        mail.from.displayName.isEmpty() ? mail.from.address : mail.from.displayName, arrived });
    OutgoingMail ack;
    ack.from = m_settings.supportAddress;
    ack.to = mail.from;
    ack.subject = rendered.subject;
    ack.body = rendered.body;
    if (urgent && outsideBusinessHours(arrived)) {
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
    return m_store.queueOwnMail(ticketId, ack.messageId, ack.from.address, ack.to.address, ack.subject, ack.body,
                                MailComposer::draft(ack), ack.date);
}

} // namespace dd
