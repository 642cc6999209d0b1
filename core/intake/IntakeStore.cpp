#include "core/intake/IntakeStore.h"

#include "core/domain/Vocabulary.h"
#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStoreRows.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dd {

using namespace intake_rows;

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

// IntakeService::prepare compresses on the prefetcher's threads; a mail filed otherwise
// (a release from quarantine, a test) may come without.
QByteArray compressed(const MailOriginal& original)
{
    return original.compressed.isEmpty() ? qCompress(original.raw, 6) : original.compressed;
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
    return done(m_database.runRows(
        QStringLiteral("INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, %1) "
                       "ON CONFLICT (mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, "
                       "last_uid = excluded.last_uid, updated_at = excluded.updated_at")
            .arg(m_database.nowSql()),
        { mailbox, cursor.uidValidity, cursor.lastUid }));
}

Result<bool> IntakeStore::isLogged(const QString& mailbox, qint64 uidValidity, qint64 uid) const
{
    auto count = countOf(m_database.runRows(
        QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE mailbox = ? AND uid_validity = ? AND uid = ?"),
        { mailbox, uidValidity, uid }));
    if (!count) {
        return count.error();
    }
    return count.value() > 0;
}

Status IntakeStore::log(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& rawSha256,
                        const QString& outcome, qint64 messageRowId, qint64 ticketId, const QString& detail) const
{
    return done(m_database.runRows(
        QStringLiteral("INSERT INTO intake_log (mailbox, uid_validity, uid, raw_sha256, outcome, message_row_id, "
                       "ticket_id, detail, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { mailbox, uidValidity, uid, rawSha256, outcome, idOrNull(messageRowId), idOrNull(ticketId), text(detail) }));
}

Status IntakeStore::logAndSaveCursor(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& rawSha256,
                                     const QString& outcome, qint64 ticketId, const QString& detail) const
{
    if (!m_database.isPostgres()) {
        if (auto logged = log(mailbox, uidValidity, uid, rawSha256, outcome, 0, ticketId, detail); !logged) {
            return logged;
        }
        return saveCursor(mailbox, { uidValidity, uid });
    }
    // A data-modifying WITH runs whether or not the main statement reads it: two writes
    // (three with a held acknowledgment), one round trip. The cursor row is written from
    // the acknowledgment's `queued`, which the main statement must read for it to run.
    const QVariantList logValues { mailbox,      uidValidity, uid,         rawSha256, outcome, idOrNull(ticketId),
                                   text(detail), mailbox,     uidValidity, uid };
    const QString logged
        = QStringLiteral("logged AS (INSERT INTO intake_log (mailbox, uid_validity, uid, raw_sha256, outcome, "
                         "message_row_id, ticket_id, detail, processed_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, %1)) "
                         "INSERT INTO mailbox_state (mailbox, uid_validity, last_uid, updated_at) "
                         "SELECT CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), %1 %2 "
                         "ON CONFLICT (mailbox) DO UPDATE SET uid_validity = "
                         "excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at");
    const std::optional<QVariantList> held = std::exchange(m_heldOwnMail, std::nullopt);
    if (!held) {
        return done(
            m_database.runRows(QStringLiteral("WITH ") + logged.arg(m_database.nowSql(), QString()), logValues));
    }
    return done(m_database.runRows(ownMailCte() + QStringLiteral(", ")
                                       + logged.arg(m_database.nowSql(), QStringLiteral("FROM queued")),
                                   *held + logValues));
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

namespace {

// The same bytes seen before, and the mail (if any) that already has this Message-ID
// with the hash of its content.
const QString priorColumns = QStringLiteral(
    "(SELECT COUNT(*) FROM message_raw WHERE raw_sha256 = ?) + (SELECT COUNT(*) FROM quarantine WHERE raw_sha256 = ?), "
    "m.id, m.direction, r.content_sha256 FROM (SELECT 1 AS one) o LEFT JOIN messages m ON m.message_id = ? "
    "LEFT JOIN message_raw r ON r.message_row_id = m.id LIMIT 1");

} // namespace

Result<PriorMail> IntakeStore::prior(const QString& messageId, const QString& rawSha256,
                                     const QString& contentSha256) const
{
    // One statement, one round trip.
    auto rows
        = m_database.runRows(QStringLiteral("SELECT ") + priorColumns, { rawSha256, rawSha256, textOrNull(messageId) });
    if (!rows) {
        return rows.error();
    }
    return priorFrom(rows->value(0), 0, messageId, contentSha256);
}

Result<MailHistory> IntakeStore::history(const QString& mailbox, qint64 uidValidity, qint64 uid,
                                         const QString& messageId, const QString& rawSha256,
                                         const QString& contentSha256) const
{
    auto rows = m_database.runRows(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM intake_log WHERE mailbox = ? AND uid_validity = ? AND uid = ?), ")
            + priorColumns,
        { mailbox, uidValidity, uid, rawSha256, rawSha256, textOrNull(messageId) });
    if (!rows) {
        return rows.error();
    }
    const QVariantList found = rows->value(0);
    return MailHistory { found.value(0).toLongLong() > 0, priorFrom(found, 1, messageId, contentSha256) };
}

PriorMail IntakeStore::priorFrom(const QVariantList& found, qsizetype first, const QString& messageId,
                                 const QString& contentSha256)
{
    if (found.value(first).toLongLong() > 0) {
        return PriorMail { PriorMail::Kind::Duplicate, IntakeStore::tr("the same mail was read before") };
    }
    if (messageId.isEmpty() || found.value(first + 1).isNull()) {
        return PriorMail {};
    }
    const bool ours = found.value(first + 2).toString() == QLatin1String("out");
    const QVariant content = found.value(first + 3);
    // Mail filed before its original was kept (content unknown) counts as the same.
    if (!ours && (content.isNull() || content.toString() == contentSha256)) {
        return PriorMail { PriorMail::Kind::Duplicate,
                           IntakeStore::tr("Message-ID %1 was filed before").arg(messageId) };
    }
    return PriorMail {
        PriorMail::Kind::IdCollision,
        ours ? IntakeStore::tr("its Message-ID %1 is that of one of our own mails").arg(messageId)
             : IntakeStore::tr("its Message-ID %1 is used by another mail with other content").arg(messageId)
    };
}

Status IntakeStore::storeRaw(qint64 messageRowId, const MailOriginal& original, const QStringList& damage) const
{
    return done(m_database.runRows(
        QStringLiteral("INSERT INTO message_raw (message_row_id, raw_sha256, content_sha256, size_bytes, compressed, "
                       "damage, created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { messageRowId, original.rawSha256, original.contentSha256, original.raw.size(), compressed(original),
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
        return Error { IntakeStore::tr("message %1 of this ticket has no stored original").arg(messageRowId) };
    }
    const QByteArray raw = qUncompress(query.value().value(0).toByteArray());
    if (raw.size() != query.value().value(1).toLongLong()) {
        return Error { IntakeStore::tr("the stored original of message %1 is damaged").arg(messageRowId) };
    }
    return raw;
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
    auto rows = m_database.runRows(
        QStringLiteral("SELECT id, site_urls FROM projects WHERE client_id = ? AND status = 'active' ORDER BY id"),
        { clientId });
    if (!rows) {
        return rows.error();
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QList<std::pair<qint64, QStringList>> projects;
    for (const QVariantList& row : rows.value()) {
        projects.append({ row.at(0).toLongLong(), row.at(1).toString().split(separators, Qt::SkipEmptyParts) });
    }
    return projects;
}

Result<qint64> IntakeStore::addIncoming(const IncomingRow& row) const
{
    return insertedId(m_database.runRows(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, "
                       "body, received_at, quarantined, quarantine_reason) "
                       "VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { idOrNull(row.ticketId), row.channel, textOrNull(row.messageId), text(row.sender), text(row.recipients),
          text(row.subject), text(row.body), toEpoch(row.receivedAt), row.quarantineReason.isEmpty() ? 0 : 1,
          textOrNull(row.quarantineReason) }));
}

Result<FiledTicket> IntakeStore::fileTicket(const Ticket& draft, const Actor& actor, const IncomingRow& row,
                                            const MailOriginal& original, const QStringList& damage) const
{
    const QString event
        = QString::fromUtf8(QJsonDocument(TicketRepository::arrivalData(draft)).toJson(QJsonDocument::Compact));
    auto rows = m_database.runRows(
        QStringLiteral("SELECT filed_ticket, filed_number, filed_message FROM dutydesk_file_ticket(?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { draft.projectId,
          draft.subject.trimmed(),
          textOrEmpty(draft.description),
          textOrEmpty(draft.pageUrl),
          toSlug(draft.channel),
          toEpoch(draft.arrived),
          draft.level,
          ticket_event::arrived,
          event,
          idOrNull(actor.userId),
          textOrEmpty(actor.login),
          row.channel,
          textOrNull(row.messageId),
          text(row.sender),
          text(row.recipients),
          text(row.subject),
          text(row.body),
          original.rawSha256,
          original.contentSha256,
          original.raw.size(),
          compressed(original),
          text(damage.join(QLatin1Char('\n'))) });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty() || rows->first().size() < 3) {
        return Error { IntakeStore::tr("the new row got no id") };
    }
    const QVariantList& filed = rows->first();
    return FiledTicket { filed.at(0).toLongLong(), filed.at(1).toLongLong(), filed.at(2).toLongLong() };
}

Status IntakeStore::attachToTicket(qint64 messageRowId, qint64 ticketId) const
{
    return done(m_database.run(
        QStringLiteral("UPDATE messages SET ticket_id = ?, quarantined = 0, quarantine_reason = NULL WHERE id = ?"),
        { ticketId, messageRowId }));
}

Status IntakeStore::addAttachment(qint64 messageRowId, qint64 ticketId, const MailAttachment& attachment) const
{
    return done(m_database.runRows(
        QStringLiteral("INSERT INTO attachments (message_id, ticket_id, file_name, mime_type, size_bytes, content, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { messageRowId, ticketId, attachment.fileName,
          attachment.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.contentType,
          attachment.size, attachment.content }));
}

Result<qint64> IntakeStore::hold(qint64 messageRowId, const QString& reason, const QString& detail,
                                 const QString& sender, const QString& subject, const QByteArray& raw,
                                 const QString& rawSha256, const QDateTime& arrived, const QString& spamScore) const
{
    return insertedId(m_database.runRows(
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
        return Error { IntakeStore::tr("there is no quarantined mail %1").arg(id) };
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
            return Error { IntakeStore::tr("quarantined mail %1 is not held any more").arg(id) };
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
        return Error { IntakeStore::tr("quarantined mail %1 is not held any more").arg(id) };
    }
    return Done {};
}

std::optional<TicketRef> IntakeStore::lookup(const QString& sql, const QVariant& value) const
{
    // A kept statement: prepared per call, the thread lookup of every answer cost three
    // round trips and a new plan of its joins under row security (docs/mail-intake.md#speed).
    std::optional<TicketRef> found;
    auto done = m_database.forEachRow(sql, { value }, [&found](const QSqlQuery& row) {
        if (!found) {
            found = TicketRef { row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong() };
        }
    });
    if (!done) {
        m_lookupError = done.error();
        return std::nullopt;
    }
    return found;
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
