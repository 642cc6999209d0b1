// The outgoing half of IntakeStore: the acknowledgment queue, the loop guard, escalation
// notices' recipients.
#include "core/intake/IntakeStore.h"

#include "core/domain/TicketEventRecord.h"
#include "core/intake/IntakeStoreRows.h"
#include "core/intake/MailComposer.h"
#include "core/storage/Database.h"

#include <QScopeGuard>

namespace dd {

using namespace intake_rows;

namespace {

const QString outgoingColumns = QStringLiteral(
    "SELECT id, ticket_id, envelope_from, recipient, content, attempts, status, last_error, next_attempt_at, draft "
    "FROM outgoing_mail ");

OutgoingMailRow outgoingFromRow(const QSqlQuery& row)
{
    OutgoingMailRow mail;
    mail.id = row.value(0).toLongLong();
    mail.ticketId = row.value(1).toLongLong();
    mail.envelopeFrom = row.value(2).toString();
    mail.recipient = row.value(3).toString();
    mail.content = row.value(4).toByteArray();
    if (mail.content.isEmpty() && !row.isNull(9)) {
        // An acknowledgment queued as a draft (migration 25); unreadable, it stays empty
        // and AcknowledgmentSender fails it for good.
        if (const auto draft = MailComposer::fromDraft(row.value(9).toByteArray())) {
            mail.content = MailComposer::compose(*draft);
        }
    }
    mail.attempts = row.value(5).toInt();
    mail.status = row.value(6).toString();
    mail.lastError = row.value(7).toString();
    mail.nextAttempt = fromEpoch(row.value(8).toLongLong());
    return mail;
}

// The loop guard counts the intake's own acknowledgments: an engineer's reply (its
// message has an author) is not one, or the client's quick answer to it would be taken
// for an autoresponder's.
const QString onlyAcknowledgments = QStringLiteral(
    "AND (message_row_id IS NULL OR message_row_id NOT IN (SELECT id FROM messages WHERE author_id IS NOT NULL))");

} // namespace

Result<int> IntakeStore::acknowledgmentsWithin(qint64 ticketId, const QString& recipient, int seconds) const
{
    auto count = countOf(m_database.runRows((QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = ? "
                                                            "AND recipient = ? AND created_at >= %1 - ? ")
                                             + onlyAcknowledgments)
                                                .arg(m_database.nowSql()),
                                            { ticketId, recipient, seconds }));
    if (!count) {
        return count.error();
    }
    return static_cast<int>(count.value());
}

Result<QList<MailAddress>> IntakeStore::escalationRecipients(qint64 ticketId) const
{
    auto rows = m_database.runRows(
        QStringLiteral("SELECT u.email, u.full_name FROM users u WHERE u.active = 1 AND COALESCE(u.email, '') <> '' "
                       "AND (u.id IN (SELECT p.account_manager_id FROM tickets t JOIN projects p ON p.id = "
                       "t.project_id WHERE t.id = ?) OR u.id IN (SELECT user_id FROM user_roles WHERE role = ?)) "
                       "ORDER BY u.id"),
        { ticketId, QStringLiteral("head-of-support") });
    if (!rows) {
        return rows.error();
    }
    QList<MailAddress> recipients;
    for (const QVariantList& row : rows.value()) {
        const MailAddress address { row.at(0).toString().trimmed().toLower(), row.at(1).toString() };
        const bool known = std::any_of(recipients.cbegin(), recipients.cend(),
                                       [&](const MailAddress& other) { return other.address == address.address; });
        if (!known) {
            recipients.append(address);
        }
    }
    return recipients;
}

Result<LoopGuardState> IntakeStore::loopGuard(qint64 ticketId, const QString& sender, int seconds) const
{
    if (seconds <= 0) {
        return LoopGuardState {};
    }
    auto latest = m_database.runRows((QStringLiteral("SELECT MAX(created_at) FROM outgoing_mail WHERE ticket_id = ? "
                                                     "AND recipient = ? AND created_at >= %1 - ? ")
                                      + onlyAcknowledgments)
                                         .arg(m_database.nowSql()),
                                     { ticketId, sender, seconds });
    if (!latest) {
        return latest.error();
    }
    if (latest->isEmpty() || latest->first().first().isNull()) {
        return LoopGuardState {};
    }
    // What staff do when they expect the client to write: answer, wait for them, resolve
    // or close (the client rates or objects), reopen. Triage (registering, assigning) is not.
    auto answers = countOf(m_database.runRows(
        QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND type IN (?, ?, ?, ?, ?) "
                       "AND recorded_at >= ?"),
        { ticketId, ticket_event::reply, ticket_event::waitingStarted, ticket_event::resolved, ticket_event::closed,
          ticket_event::reopened, latest->first().first() }));
    if (!answers) {
        return answers.error();
    }
    return LoopGuardState { true, answers.value() > 0 };
}

Result<qint64> IntakeStore::addOutgoingMessage(qint64 ticketId, const QString& messageId, const QString& sender,
                                               const QString& recipient, const QString& subject,
                                               const QString& body) const
{
    return insertedId(m_database.runRows(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, "
                       "body, received_at, acknowledgment) VALUES (?, 'out', 'email', ?, ?, ?, ?, ?, %1, 1) "
                       "RETURNING id")
            .arg(m_database.nowSql()),
        { ticketId, messageId, text(sender), text(recipient), text(subject), text(body) }));
}

Status IntakeStore::queueMail(qint64 ticketId, qint64 messageRowId, const QString& envelopeFrom,
                              const QString& recipient, const QByteArray& content, const QDateTime& notBefore) const
{
    if (m_database.isPostgres()) {
        // No open relay: the server function checks the recipient against the ticket and
        // takes the sender from the settings unless the intake daemon itself calls it.
        return done(m_database.runRows(
            QStringLiteral("SELECT dutydesk_queue_mail(?, ?, ?, ?, ?, ?)"),
            { ticketId, idOrNull(messageRowId), envelopeFrom, recipient, content, toEpoch(notBefore) }));
    }
    return insertOutgoing(
        { ticketId, idOrNull(messageRowId), envelopeFrom, recipient, content, QVariant(), toEpoch(notBefore) });
}

// SQLite's queue row: a composed mail's content, or an acknowledgment's draft.
Status IntakeStore::insertOutgoing(const QVariantList& values) const
{
    return done(m_database.runRows(
        QStringLiteral("INSERT INTO outgoing_mail (ticket_id, message_row_id, envelope_from, recipient, content, "
                       "draft, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        values));
}

Status IntakeStore::queueOwnMail(qint64 ticketId, const QString& messageId, const QString& sender,
                                 const QString& recipient, const QString& subject, const QString& body,
                                 const QByteArray& draft, const QDateTime& notBefore) const
{
    if (!m_database.isPostgres()) {
        auto row = addOutgoingMessage(ticketId, messageId, sender, recipient, subject, body);
        if (!row) {
            return row.error();
        }
        return insertOutgoing(
            { ticketId, row.value(), sender, recipient, QByteArray(""), QString::fromUtf8(draft), toEpoch(notBefore) });
    }
    QVariantList values { ticketId, messageId, text(sender), text(recipient),          text(subject),     text(body),
                          ticketId, sender,    recipient,    QString::fromUtf8(draft), toEpoch(notBefore) };
    if (m_holdOwnMail && !m_heldOwnMail) {
        m_heldOwnMail = std::move(values);
        return Done {};
    }
    return done(m_database.runRows(ownMailCte() + QStringLiteral(" SELECT queued.id FROM queued"), values));
}

// The intake's own mail on PostgreSQL, as the CTEs `m` (its message) and `queued` (its
// outgoing row): the queue function runs on the row the INSERT returns, so the message
// exists by then.
QString IntakeStore::ownMailCte() const
{
    return QStringLiteral("WITH m AS (INSERT INTO messages (ticket_id, direction, channel, message_id, sender, "
                          "recipients, subject, body, received_at, acknowledgment) "
                          "VALUES (?, 'out', 'email', ?, ?, ?, ?, ?, %1, 1) RETURNING id), queued AS (SELECT "
                          "dutydesk_queue_acknowledgment(?, m.id, ?, ?, ?, ?) AS id FROM m)")
        .arg(m_database.nowSql());
}

void IntakeStore::holdOwnMail(bool hold) const
{
    m_holdOwnMail = hold;
    m_heldOwnMail.reset();
}

Result<QList<OutgoingMailRow>> IntakeStore::dueMail(const QDateTime& now, int limit) const
{
    auto query = m_database.run(
        outgoingColumns
            + QStringLiteral("WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"),
        { toEpoch(now), limit });
    if (!query) {
        return query.error();
    }
    QList<OutgoingMailRow> rows;
    while (query.value().next()) {
        rows.append(outgoingFromRow(query.value()));
    }
    return rows;
}

Status IntakeStore::makeDurable(qint64 dueId) const
{
    if (!m_database.commitsAsynchronously()) {
        return Done {};
    }
    // A write committed synchronously flushes the log up to its own commit, which comes
    // after every earlier one: on SQLite a commit with synchronous = FULL syncs the
    // write-ahead log. The row is rewritten unchanged: the smallest write the intake's
    // grants allow on a row that exists.
    const bool sqlite = !m_database.isPostgres();
    if (sqlite) {
        if (auto full = done(m_database.runRows(QStringLiteral("PRAGMA synchronous = FULL"))); !full) {
            return full;
        }
    }
    const auto backToNormal = qScopeGuard([&] {
        if (sqlite) {
            (void)m_database.runRows(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
    });
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    // SET LOCAL, in the form a prepared statement may take.
    if (!sqlite) {
        if (auto set = done(m_database.runRows(QStringLiteral("SELECT set_config('synchronous_commit', 'on', true)")));
            !set) {
            return set;
        }
    }
    if (auto touched = done(m_database.runRows(
            QStringLiteral("UPDATE outgoing_mail SET next_attempt_at = next_attempt_at WHERE id = ?"), { dueId }));
        !touched) {
        return touched;
    }
    return transaction.commit();
}

Result<QList<OutgoingMailRow>> IntakeStore::outgoing(qint64 ticketId) const
{
    auto query = ticketId > 0
        ? m_database.run(outgoingColumns + QStringLiteral("WHERE ticket_id = ? ORDER BY id"), { ticketId })
        : m_database.run(outgoingColumns + QStringLiteral("ORDER BY id"));
    if (!query) {
        return query.error();
    }
    QList<OutgoingMailRow> rows;
    while (query.value().next()) {
        rows.append(outgoingFromRow(query.value()));
    }
    return rows;
}

Result<QString> IntakeStore::lastAcknowledgmentSender() const
{
    auto value
        = m_database.runScalar(QStringLiteral("SELECT envelope_from FROM outgoing_mail ORDER BY id DESC LIMIT 1"));
    if (!value) {
        return value.error();
    }
    return value->toString();
}

Status IntakeStore::markSent(qint64 id) const
{
    return done(m_database.runRows(QStringLiteral("UPDATE outgoing_mail SET status = 'sent', attempts = attempts + 1, "
                                                  "last_error = '', sent_at = %1 WHERE id = ?")
                                       .arg(m_database.nowSql()),
                                   { id }));
}

Status IntakeStore::markFailed(qint64 id, const QString& error, const QDateTime& nextAttempt, bool giveUp) const
{
    return done(m_database.runRows(
        QStringLiteral("UPDATE outgoing_mail SET attempts = attempts + 1, last_error = ?, "
                       "next_attempt_at = ?, status = ? WHERE id = ?"),
        { text(error), toEpoch(nextAttempt), giveUp ? QStringLiteral("failed") : QStringLiteral("queued"), id }));
}

} // namespace dd
