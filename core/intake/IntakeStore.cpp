#include "core/intake/IntakeStore.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

QuarantineEntry quarantineFromRow(const QSqlQuery& row)
{
    QuarantineEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.reason = row.value(1).toString();
    entry.detail = row.value(2).toString();
    entry.sender = row.value(3).toString();
    entry.subject = row.value(4).toString();
    entry.arrived = fromEpoch(row.value(5).toLongLong());
    entry.status = row.value(6).toString();
    entry.ticketId = row.value(7).toLongLong();
    entry.resolvedBy = row.value(8).toString();
    entry.resolutionNote = row.value(9).toString();
    entry.messageRowId = row.value(10).toLongLong();
    entry.spamScore = row.value(12).toString();
    return entry;
}

const QString quarantineColumns
    = QStringLiteral("SELECT id, reason, detail, sender, subject, arrived_at, status, ticket_id, resolved_by, "
                     "resolution_note, message_row_id, raw, spam_score FROM quarantine ");

const QString outgoingColumns = QStringLiteral(
    "SELECT id, ticket_id, envelope_from, recipient, content, attempts, status, last_error, next_attempt_at "
    "FROM outgoing_mail ");

OutgoingMailRow outgoingFromRow(const QSqlQuery& row)
{
    OutgoingMailRow mail;
    mail.id = row.value(0).toLongLong();
    mail.ticketId = row.value(1).toLongLong();
    mail.envelopeFrom = row.value(2).toString();
    mail.recipient = row.value(3).toString();
    mail.content = row.value(4).toByteArray();
    mail.attempts = row.value(5).toInt();
    mail.status = row.value(6).toString();
    mail.lastError = row.value(7).toString();
    mail.nextAttempt = fromEpoch(row.value(8).toLongLong());
    return mail;
}

Result<qint64> insertedId(Result<QSqlQuery> query)
{
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error { QCoreApplication::translate("dd::IntakeStore", "the new row got no id") };
    }
    return query.value().value(0).toLongLong();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status done(const Result<QSqlQuery>& query)
{
    if (!query) {
        return query.error();
    }
    return Done {};
}

} // namespace

IntakeStore::IntakeStore(const Database& database)
    : m_database(database)
{ }

Result<std::optional<MailboxCursor>> IntakeStore::cursor(const QString& mailbox) const
{
    auto query = m_database.run(QStringLiteral("SELECT uid_validity, last_uid FROM mailbox_state WHERE mailbox = ?"),
                                { mailbox });
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<MailboxCursor>();
    }
    return std::optional(MailboxCursor { query.value().value(0).toLongLong(), query.value().value(1).toLongLong() });
}

Status IntakeStore::saveCursor(const QString& mailbox, const MailboxCursor& cursor) const
{
    return done(m_database.run(
        QStringLiteral("INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, %1) "
                       "ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, "
                       "last_uid = excluded.last_uid, updated_at = excluded.updated_at")
            .arg(m_database.nowSql()),
        { mailbox, cursor.uidValidity, cursor.lastUid }));
}

Result<bool> IntakeStore::isLogged(const QString& mailbox, qint64 uidValidity, qint64 uid) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE mailbox = ? AND uid_validity = ? AND uid = ?"),
        { mailbox, uidValidity, uid });
    if (!query) {
        return query.error();
    }
    return query.value().next() && query.value().value(0).toLongLong() > 0;
}

Status IntakeStore::log(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& rawSha256,
                        const QString& outcome, qint64 messageRowId, qint64 ticketId, const QString& detail) const
{
    return done(m_database.run(
        QStringLiteral("INSERT INTO intake_log (mailbox, uid_validity, uid, raw_sha256, outcome, message_row_id, "
                       "ticket_id, detail, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { mailbox, uidValidity, uid, rawSha256, outcome, idOrNull(messageRowId), idOrNull(ticketId), text(detail) }));
}

Result<bool> IntakeStore::isKnownIncoming(const QString& messageId, const QString& rawSha256) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM messages WHERE direction = 'in' AND message_id = ?) + "
                       "(SELECT COUNT(*) FROM quarantine WHERE raw_sha256 = ?)"),
        { textOrNull(messageId), rawSha256 });
    if (!query) {
        return query.error();
    }
    return query.value().next() && query.value().value(0).toLongLong() > 0;
}

Result<PriorMail> IntakeStore::prior(const QString& messageId, const QString& rawSha256,
                                     const QString& contentSha256) const
{
    auto same = m_database.run(QStringLiteral("SELECT (SELECT COUNT(*) FROM message_raw WHERE raw_sha256 = ?) + "
                                              "(SELECT COUNT(*) FROM quarantine WHERE raw_sha256 = ?)"),
                               { rawSha256, rawSha256 });
    if (!same) {
        return same.error();
    }
    if (same.value().next() && same.value().value(0).toLongLong() > 0) {
        return PriorMail { PriorMail::Kind::Duplicate,
                           QCoreApplication::translate("dd::IntakeStore", "the same mail was read before") };
    }
    if (messageId.isEmpty()) {
        return PriorMail {};
    }
    auto owner = m_database.run(QStringLiteral("SELECT m.direction, r.content_sha256 FROM messages m "
                                               "LEFT JOIN message_raw r ON r.message_row_id = m.id "
                                               "WHERE m.message_id = ?"),
                                { messageId });
    if (!owner) {
        return owner.error();
    }
    if (!owner.value().next()) {
        return PriorMail {};
    }
    const bool ours = owner.value().value(0).toString() == QLatin1String("out");
    const QVariant content = owner.value().value(1);
    // Mail filed before its original was kept (content unknown) counts as the same.
    if (!ours && (content.isNull() || content.toString() == contentSha256)) {
        return PriorMail {
            PriorMail::Kind::Duplicate,
            QCoreApplication::translate("dd::IntakeStore", "Message-ID %1 was filed before").arg(messageId)
        };
    }
    return PriorMail { PriorMail::Kind::IdCollision,
                       ours ? QCoreApplication::translate("dd::IntakeStore",
                                                          "its Message-ID %1 is that of one of our own mails")
                                  .arg(messageId)
                            : QCoreApplication::translate(
                                  "dd::IntakeStore", "its Message-ID %1 is used by another mail with other content")
                                  .arg(messageId) };
}

Status IntakeStore::storeRaw(qint64 messageRowId, const QByteArray& raw, const QString& rawSha256,
                             const QString& contentSha256, const QStringList& damage) const
{
    return done(m_database.run(
        QStringLiteral("INSERT INTO message_raw (message_row_id, raw_sha256, content_sha256, size_bytes, compressed, "
                       "damage, created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { messageRowId, rawSha256, contentSha256, raw.size(), qCompress(raw, 6),
          text(damage.join(QLatin1Char('\n'))) }));
}

Result<QByteArray> IntakeStore::rawMessage(qint64 ticketId, qint64 messageRowId) const
{
    auto query = m_database.run(QStringLiteral("SELECT r.compressed, r.size_bytes FROM message_raw r "
                                               "JOIN messages m ON m.id = r.message_row_id "
                                               "WHERE m.ticket_id = ? AND r.message_row_id = ?"),
                                { ticketId, messageRowId });
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error { QCoreApplication::translate("dd::IntakeStore",
                                                   "message %1 of this ticket has no stored original")
                           .arg(messageRowId) };
    }
    const QByteArray raw = qUncompress(query.value().value(0).toByteArray());
    if (raw.size() != query.value().value(1).toLongLong()) {
        return Error { QCoreApplication::translate("dd::IntakeStore", "the stored original of message %1 is damaged")
                           .arg(messageRowId) };
    }
    return raw;
}

Result<int> IntakeStore::acknowledgmentsWithin(qint64 ticketId, const QString& recipient, int seconds) const
{
    auto query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = ? "
                                               "AND recipient = ? AND created_at >= %1 - ?")
                                    .arg(m_database.nowSql()),
                                { ticketId, recipient, seconds });
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<SenderDirectoryEntry>> IntakeStore::senderDirectory() const
{
    auto clients = ClientRepository(m_database).all();
    if (!clients) {
        return clients.error();
    }
    QList<SenderDirectoryEntry> directory;
    for (const Client& client : clients.value()) {
        SenderDirectoryEntry entry { client.id, { client.officialEmail } };
        for (const TrustedAddress& trusted : client.trusted) {
            entry.addresses.append(trusted.email);
        }
        directory.append(entry);
    }
    return directory;
}

Result<QList<std::pair<qint64, QStringList>>> IntakeStore::activeProjects(qint64 clientId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT id, site_urls FROM projects WHERE client_id = ? AND status = 'active' ORDER BY id"),
        { clientId });
    if (!query) {
        return query.error();
    }
    QList<std::pair<qint64, QStringList>> projects;
    while (query.value().next()) {
        projects.append({ query.value().value(0).toLongLong(),
                          query.value().value(1).toString().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                                  Qt::SkipEmptyParts) });
    }
    return projects;
}

Result<qint64> IntakeStore::addIncoming(const IncomingRow& row) const
{
    return insertedId(m_database.run(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, "
                       "body, received_at, quarantined, quarantine_reason) "
                       "VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { idOrNull(row.ticketId), row.channel, textOrNull(row.messageId), text(row.sender), text(row.recipients),
          text(row.subject), text(row.body), toEpoch(row.receivedAt), row.quarantineReason.isEmpty() ? 0 : 1,
          textOrNull(row.quarantineReason) }));
}

Status IntakeStore::attachToTicket(qint64 messageRowId, qint64 ticketId) const
{
    return done(m_database.run(
        QStringLiteral("UPDATE messages SET ticket_id = ?, quarantined = 0, quarantine_reason = NULL WHERE id = ?"),
        { ticketId, messageRowId }));
}

Status IntakeStore::addAttachment(qint64 messageRowId, qint64 ticketId, const MailAttachment& attachment) const
{
    return done(m_database.run(
        QStringLiteral("INSERT INTO attachments (message_id, ticket_id, file_name, mime_type, size_bytes, content, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { messageRowId, ticketId, attachment.fileName,
          attachment.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.contentType,
          attachment.size, attachment.content }));
}

Result<qint64> IntakeStore::addOutgoingMessage(qint64 ticketId, const QString& messageId, const QString& sender,
                                               const QString& recipient, const QString& subject,
                                               const QString& body) const
{
    return insertedId(m_database.run(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, "
                       "body, received_at) VALUES (?, 'out', 'email', ?, ?, ?, ?, ?, %1) RETURNING id")
            .arg(m_database.nowSql()),
        { ticketId, messageId, text(sender), text(recipient), text(subject), text(body) }));
}

Result<qint64> IntakeStore::hold(qint64 messageRowId, const QString& reason, const QString& detail,
                                 const QString& sender, const QString& subject, const QByteArray& raw,
                                 const QString& rawSha256, const QDateTime& arrived, const QString& spamScore) const
{
    return insertedId(m_database.run(
        QStringLiteral("INSERT INTO quarantine (message_row_id, reason, detail, sender, subject, raw, raw_sha256, "
                       "arrived_at, spam_score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %1) RETURNING id")
            .arg(m_database.nowSql()),
        { idOrNull(messageRowId), reason, text(detail), text(sender), text(subject), raw, rawSha256, toEpoch(arrived),
          text(spamScore) }));
}

Result<QList<QuarantineEntry>> IntakeStore::quarantine(const QString& status) const
{
    auto query = status.isEmpty()
        ? m_database.run(quarantineColumns + QStringLiteral("ORDER BY arrived_at, id"))
        : m_database.run(quarantineColumns + QStringLiteral("WHERE status = ? ORDER BY arrived_at, id"), { status });
    if (!query) {
        return query.error();
    }
    QList<QuarantineEntry> entries;
    while (query.value().next()) {
        entries.append(quarantineFromRow(query.value()));
    }
    return entries;
}

Result<std::pair<QuarantineEntry, QByteArray>> IntakeStore::quarantined(qint64 id) const
{
    auto query = m_database.run(quarantineColumns + QStringLiteral("WHERE id = ?"), { id });
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error { QCoreApplication::translate("dd::IntakeStore", "there is no quarantined mail %1").arg(id) };
    }
    return std::pair(quarantineFromRow(query.value()), query.value().value(11).toByteArray());
}

Status IntakeStore::resolve(qint64 id, const QString& status, qint64 ticketId, const QString& by,
                            const QString& note) const
{
    if (m_database.isPostgres()) {
        // Staff may not write quarantine rows; the server function records the login as
        // the one who resolved it (ServerIdentityMigration).
        auto resolved = m_database.runScalar(QStringLiteral("SELECT dutydesk_resolve_quarantine(?, ?, ?, ?)"),
                                             { id, status, idOrNull(ticketId), note });
        if (!resolved) {
            return resolved.error();
        }
        if (!resolved->toBool()) {
            return Error {
                QCoreApplication::translate("dd::IntakeStore", "quarantined mail %1 is not held any more").arg(id)
            };
        }
        return Done {};
    }
    auto query = m_database.run(
        QStringLiteral("UPDATE quarantine SET status = ?, ticket_id = ?, resolved_by = ?, resolution_note = ?, "
                       "resolved_at = %1 WHERE id = ? AND status = 'held'")
            .arg(m_database.nowSql()),
        { status, idOrNull(ticketId), by, note, id });
    if (!query) {
        return query.error();
    }
    if (query.value().numRowsAffected() != 1) {
        return Error {
            QCoreApplication::translate("dd::IntakeStore", "quarantined mail %1 is not held any more").arg(id)
        };
    }
    return Done {};
}

Status IntakeStore::queueMail(qint64 ticketId, qint64 messageRowId, const QString& envelopeFrom,
                              const QString& recipient, const QByteArray& content, const QDateTime& notBefore) const
{
    if (m_database.isPostgres()) {
        // No open relay: the server function checks the recipient against the ticket and
        // takes the sender from the settings unless the intake daemon itself calls it.
        return done(
            m_database.run(QStringLiteral("SELECT dutydesk_queue_mail(?, ?, ?, ?, ?, ?)"),
                           { ticketId, idOrNull(messageRowId), envelopeFrom, recipient, content, toEpoch(notBefore) }));
    }
    return done(m_database.run(
        QStringLiteral("INSERT INTO outgoing_mail (ticket_id, message_row_id, envelope_from, recipient, content, "
                       "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { ticketId, idOrNull(messageRowId), envelopeFrom, recipient, content, toEpoch(notBefore) }));
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
    return done(m_database.run(QStringLiteral("UPDATE outgoing_mail SET status = 'sent', attempts = attempts + 1, "
                                              "last_error = '', sent_at = %1 WHERE id = ?")
                                   .arg(m_database.nowSql()),
                               { id }));
}

Status IntakeStore::markFailed(qint64 id, const QString& error, const QDateTime& nextAttempt, bool giveUp) const
{
    return done(m_database.run(
        QStringLiteral("UPDATE outgoing_mail SET attempts = attempts + 1, last_error = ?, "
                       "next_attempt_at = ?, status = ? WHERE id = ?"),
        { text(error), toEpoch(nextAttempt), giveUp ? QStringLiteral("failed") : QStringLiteral("queued"), id }));
}

std::optional<TicketRef> IntakeStore::lookup(const QString& sql, const QVariant& value) const
{
    auto query = m_database.run(sql, { value });
    if (!query) {
        m_lookupError = query.error();
        return std::nullopt;
    }
    if (!query.value().next()) {
        return std::nullopt;
    }
    return TicketRef { query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                       query.value().value(2).toLongLong() };
}

std::optional<TicketRef> IntakeStore::ticketByNumber(qint64 number) const
{
    return lookup(QStringLiteral("SELECT t.id, t.number, p.client_id FROM tickets t "
                                 "JOIN projects p ON p.id = t.project_id WHERE t.number = ?"),
                  number);
}

std::optional<TicketRef> IntakeStore::ticketByMessageId(const QString& messageId) const
{
    return lookup(
        QStringLiteral("SELECT t.id, t.number, p.client_id FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                       "JOIN projects p ON p.id = t.project_id WHERE m.message_id = ?"),
        messageId);
}

std::optional<Error> IntakeStore::takeLookupError() const
{
    std::optional<Error> error = m_lookupError;
    m_lookupError.reset();
    return error;
}

} // namespace dd
