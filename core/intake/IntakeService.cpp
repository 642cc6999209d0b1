#include "core/intake/IntakeService.h"

#include "core/intake/IntakeRules.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>

namespace dd {

IntakeService::IntakeService(const Database& database, IntakeSettings settings)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_store(database)
    , m_parser(m_settings.parser)
    , m_filer(database, m_settings, m_store)
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

PreparedMail IntakeService::prepare(QByteArray raw) const
{
    PreparedMail mail;
    mail.rawSha256 = sha256(raw);
    mail.parsed.emplace(m_parser.parse(raw));
    if (*mail.parsed) {
        mail.contentSha256 = contentSha256(mail.parsed->value());
    }
    mail.compressed = qCompress(raw, 6);
    mail.raw = std::move(raw);
    return mail;
}

Result<IntakeOutcome> IntakeService::process(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const QByteArray& raw)
{
    return process(mailbox, uidValidity, uid, arrived, prepare(raw));
}

Result<IntakeOutcome> IntakeService::process(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const PreparedMail& prepared)
{
    if (!prepared.parsed) {
        return process(mailbox, uidValidity, uid, arrived, prepare(prepared.raw));
    }
    const QByteArray& raw = prepared.raw;
    const Result<MailMessage>& parsed = *prepared.parsed;
    m_original = { raw, prepared.rawSha256, prepared.contentSha256, prepared.compressed };
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
    auto outcome = attempt(mailbox, uidValidity, uid, arrived, parsed, spam, {});
    if (outcome) {
        return outcome;
    }
    // A message the database refuses must not stop the intake: it is held with the error
    // and its original. If even that fails, the database itself is the problem.
    auto held = attempt(mailbox, uidValidity, uid, arrived, parsed, spam, outcome.error().message);
    return held ? held : outcome;
}

// Files, holds or drops the parsed mail; `failure` is why a first attempt failed, `prior`
// what was filed before (IntakeStore::history).
Result<IntakeOutcome> IntakeService::route(const Result<MailMessage>& parsed, const QDateTime& arrived,
                                           const std::optional<SpamVerdict>& spam, const QString& failure,
                                           const PriorMail& prior)
{
    Result<IntakeOutcome> outcome = IntakeOutcome { QStringLiteral("duplicate"), 0, 0, {} };
    m_filer.setOriginal(m_original);
    QDateTime when = arrived;
    if (!when.isValid()) {
        when = parsed ? parsed->date : QDateTime();
    }
    if (!when.isValid()) {
        when = Clock::current().nowUtc();
    }
    const MailMessage* mail = parsed ? &parsed.value() : nullptr;
    if (!failure.isEmpty()) {
        outcome = m_filer.hold(mail, false, when, quarantine_reason::malformed,
                               IntakeService::tr("could not be registered: %1").arg(failure));
    } else if (!parsed) {
        outcome = prior.kind == PriorMail::Kind::Duplicate
            ? Result<IntakeOutcome>(IntakeOutcome { QStringLiteral("duplicate"), 0, 0, prior.detail })
            : m_filer.hold(nullptr, false, when, quarantine_reason::malformed, parsed.error().message);
    } else if (!parsed->spamVerdict.isEmpty() || (spam && spam->spam)) {
        const QString score = spam && spam->spam ? spam->scoreText() : parsed->spamVerdict;
        outcome = m_filer.hold(mail, true, when, quarantine_reason::spam,
                               IntakeService::tr("spam (score %1)").arg(score), score);
    } else {
        outcome = m_filer.file(parsed.value(), when, prior);
    }
    return outcome;
}

Result<IntakeOutcome> IntakeService::attempt(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                             const QDateTime& arrived, const Result<MailMessage>& parsed,
                                             const std::optional<SpamVerdict>& spam, const QString& failure)
{
    // Parsed before the transaction opens (prepare): it needs no database, and the
    // Message-ID and content hash let one statement ask both whether the UID is logged and
    // what was filed before (a round trip less per mail on PostgreSQL).
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // The acknowledgment goes with the log row (IntakeStore::holdOwnMail); whatever way
    // this attempt ends, none is kept for the next.
    m_store.holdOwnMail(true);
    const auto released = qScopeGuard([this] { m_store.holdOwnMail(false); });
    auto history = m_store.history(mailbox, uidValidity, uid, parsed ? parsed->messageId : QString(),
                                   m_original.rawSha256, m_original.contentSha256);
    if (!history) {
        return history.error();
    }
    Result<IntakeOutcome> outcome = IntakeOutcome { QStringLiteral("duplicate"), 0, 0, {} };
    if (!history->logged) {
        outcome = route(parsed, arrived, spam, failure, history->prior);
        if (!outcome) {
            return outcome.error();
        }
        if (auto done = m_store.logAndSaveCursor(mailbox, uidValidity, uid, m_original.rawSha256, outcome->outcome,
                                                 outcome->ticketId, outcome->detail);
            !done) {
            return done.error();
        }
    } else if (auto saved = m_store.saveCursor(mailbox, { uidValidity, uid }); !saved) {
        return saved.error();
    }
    checkpoint(QStringLiteral("before-commit"));
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    checkpoint(QStringLiteral("after-commit"));
    return outcome;
}

Result<IntakeOutcome> IntakeService::fileReleased(const MailMessage& mail, const QByteArray& raw, qint64 projectId,
                                                  const QDateTime& arrived, qint64 existingMessageRow, const Actor& by)
{
    m_original = { raw, sha256(raw), contentSha256(mail), qCompress(raw, 6) };
    m_filer.setOriginal(m_original);
    return m_filer.createTicket(mail, projectId, IntakeRules::isUrgentSubject(mail.subject), arrived,
                                existingMessageRow, by);
}

} // namespace dd
