#include "core/storage/TicketSearchMigration.h"

#include "core/storage/ServerIdentityMigration.h"

namespace dd {

namespace {

// The searchable text of the tickets `where` selects, one row per ticket (id, text).
// Quarantined mail is not part of a ticket until released.
QString documents(const QString& where, const QString& concat, const QString& messageCondition = {})
{
    return QStringLiteral("SELECT t.id, '#' || t.number || ' ' || t.subject || ' ' || c.name || ' ' || p.name || ' ' "
                          "|| p.code || ' ' || COALESCE(u.login, '') || ' ' || COALESCE(u.full_name, '') || ' ' "
                          "|| t.description || ' ' || COALESCE((SELECT %2 FROM messages m "
                          "WHERE m.ticket_id = t.id AND m.quarantined = 0%3), '') "
                          "FROM tickets t JOIN projects p ON p.id = t.project_id JOIN clients c ON c.id = p.client_id "
                          "LEFT JOIN users u ON u.id = t.assignee_id %1")
        .arg(where, concat, messageCondition);
}

QStringList sqliteStatements()
{
    const QString concat = QStringLiteral("group_concat(m.subject || ' ' || m.body, ' ')");
    const QString refresh = QStringLiteral("DELETE FROM ticket_search WHERE rowid = %1; "
                                           "INSERT INTO ticket_search (rowid, document) %2;");
    const auto refreshOf = [&](const QString& id) {
        return refresh.arg(id, documents(QStringLiteral("WHERE t.id = %1").arg(id), concat));
    };
    return {
        QStringLiteral("CREATE VIRTUAL TABLE ticket_search USING fts5(document, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO ticket_search (rowid, document) ") + documents({}, concat),
        QStringLiteral("CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN %1 END")
            .arg(refreshOf(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER ticket_search_update AFTER UPDATE ON tickets BEGIN %1 END")
            .arg(refreshOf(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN "
                       "DELETE FROM ticket_search WHERE rowid = OLD.id; END"),
        QStringLiteral("CREATE TRIGGER ticket_search_message AFTER INSERT ON messages "
                       "WHEN NEW.ticket_id IS NOT NULL BEGIN %1 END")
            .arg(refreshOf(QStringLiteral("NEW.ticket_id"))),
        QStringLiteral("CREATE TRIGGER ticket_search_message_update AFTER UPDATE ON messages "
                       "WHEN NEW.ticket_id IS NOT NULL BEGIN %1 END")
            .arg(refreshOf(QStringLiteral("NEW.ticket_id"))),
    };
}

QStringList postgresStatements()
{
    const QString concat = QStringLiteral("string_agg(m.subject || ' ' || m.body, ' ')");
    return {
        QStringLiteral("CREATE TABLE ticket_search (ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id) "
                       "ON DELETE CASCADE, document tsvector NOT NULL)"),
        QStringLiteral("CREATE INDEX ticket_search_document ON ticket_search USING gin (document)"),
        QStringLiteral("INSERT INTO ticket_search (ticket_id, document) SELECT d.id, to_tsvector('russian', d.text) "
                       "FROM (%1) AS d (id, text)")
            .arg(documents({}, concat)),
        // SECURITY DEFINER: it reads every table the document needs whatever the writer
        // may see, and writes the index nobody else may write.
        QStringLiteral(R"(CREATE FUNCTION dutydesk_ticket_search_refresh() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
                target BIGINT;
            BEGIN
                IF TG_TABLE_NAME = 'messages' THEN
                    target := NEW.ticket_id;
                ELSE
                    target := NEW.id;
                END IF;
                IF target IS NULL THEN
                    RETURN NULL;
                END IF;
                INSERT INTO ticket_search (ticket_id, document)
                    SELECT d.id, to_tsvector('russian', d.text) FROM (%1) AS d (id, text)
                ON CONFLICT (ticket_id) DO UPDATE SET document = EXCLUDED.document;
                RETURN NULL;
            END $$)")
            .arg(documents(QStringLiteral("WHERE t.id = target"), concat)),
        QStringLiteral("CREATE TRIGGER ticket_search_ticket AFTER INSERT OR UPDATE ON tickets "
                       "FOR EACH ROW EXECUTE FUNCTION dutydesk_ticket_search_refresh()"),
        QStringLiteral("CREATE TRIGGER ticket_search_message AFTER INSERT OR UPDATE ON messages "
                       "FOR EACH ROW EXECUTE FUNCTION dutydesk_ticket_search_refresh()"),
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_ticket_search_refresh() FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON ticket_search TO dutydesk_engineer, dutydesk_manager, dutydesk_programmer, "
                       "dutydesk_tester, dutydesk_admin"),
        // The index holds the tickets' words: a row is visible exactly when its ticket is
        // (the tickets' own row-level security applies inside the subquery).
        QStringLiteral("ALTER TABLE ticket_search ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY ticket_search_visible ON ticket_search FOR SELECT "
                       "USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_search.ticket_id))"),
        QStringLiteral("SELECT dutydesk_check_row_security()"),
    };
}

// The entries of the SQLite index (migration 18): a ticket's own fields under rowid
// -ticket id, each message filed to it under its own id, the ticket in `ticket_id`.
QString ticketEntry(const QString& where)
{
    return QStringLiteral("SELECT -t.id, '#' || t.number || ' ' || t.subject || ' ' || c.name || ' ' || p.name || ' ' "
                          "|| p.code || ' ' || COALESCE(u.login, '') || ' ' || COALESCE(u.full_name, '') || ' ' "
                          "|| t.description, t.id "
                          "FROM tickets t JOIN projects p ON p.id = t.project_id JOIN clients c ON c.id = p.client_id "
                          "LEFT JOIN users u ON u.id = t.assignee_id %1")
        .arg(where);
}

const QString insertEntry = QStringLiteral("INSERT INTO ticket_search (rowid, document, ticket_id) ");

// One ticket's row of the PostgreSQL index (`target`, a PL/pgSQL variable), its
// messages' text aggregated by `concat`.
QString postgresRefreshOf(const QString& concat, const QString& messageCondition = {})
{
    return QStringLiteral("INSERT INTO ticket_search (ticket_id, document) "
                          "SELECT d.id, to_tsvector('russian', d.text) FROM (%1) AS d (id, text) "
                          "ON CONFLICT (ticket_id) DO UPDATE SET document = EXCLUDED.document;")
        .arg(documents(QStringLiteral("WHERE t.id = target"), concat, messageCondition));
}

// A ticket from a mail has the mail's text as its description: its words are in the
// document once, not twice (the same lexemes, half the stemming).
const QString messagesWithoutCopies = QStringLiteral(
    "string_agg(m.subject || ' ' || CASE WHEN m.body IS NOT DISTINCT FROM t.description THEN '' ELSE m.body END, ' ')");

// A message whose words its ticket's entry already holds: the mail the ticket was made
// from (its body the description, its subject the ticket's or none). `m` names the
// message, `t` the ticket, `subject` and `description` the ticket's fields.
QString coveredByTicket(const QString& m, const QString& subject, const QString& description)
{
    return QStringLiteral("(%1.body = %3 AND (trim(%1.subject) = %2 OR trim(%1.subject) = ''))")
        .arg(m, subject, description);
}

} // namespace

Migration TicketSearchMigration::entriesMigration(int version)
{
    // A message's entry: filed to a ticket and not held in quarantine.
    const QString messageEntry = QStringLiteral("SELECT NEW.id, NEW.subject || ' ' || NEW.body, NEW.ticket_id "
                                                "WHERE NEW.ticket_id IS NOT NULL AND NEW.quarantined = 0;");
    return { version,
             QStringLiteral("ticket search index: one entry per ticket and per message (SQLite)"),
             {},
             {},
             {
                 QStringLiteral("DROP TRIGGER ticket_search_insert"),
                 QStringLiteral("DROP TRIGGER ticket_search_update"),
                 QStringLiteral("DROP TRIGGER ticket_search_delete"),
                 QStringLiteral("DROP TRIGGER ticket_search_message"),
                 QStringLiteral("DROP TRIGGER ticket_search_message_update"),
                 QStringLiteral("DROP TABLE ticket_search"),
                 QStringLiteral("CREATE VIRTUAL TABLE ticket_search USING fts5(document, ticket_id UNINDEXED, "
                                "tokenize = 'unicode61 remove_diacritics 2')"),
                 insertEntry + ticketEntry({}),
                 insertEntry
                     + QStringLiteral("SELECT m.id, m.subject || ' ' || m.body, m.ticket_id FROM messages m "
                                      "WHERE m.ticket_id IS NOT NULL AND m.quarantined = 0"),
                 QStringLiteral("CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN %1%2; END")
                     .arg(insertEntry, ticketEntry(QStringLiteral("WHERE t.id = NEW.id"))),
                 // Only the fields in the entry: a new version, status or deadline leaves it.
                 QStringLiteral("CREATE TRIGGER ticket_search_update AFTER UPDATE OF number, subject, description, "
                                "project_id, assignee_id ON tickets BEGIN "
                                "DELETE FROM ticket_search WHERE rowid = -OLD.id; %1%2; END")
                     .arg(insertEntry, ticketEntry(QStringLiteral("WHERE t.id = NEW.id"))),
                 QStringLiteral("CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN "
                                "DELETE FROM ticket_search WHERE rowid = -OLD.id; END"),
                 QStringLiteral("CREATE TRIGGER ticket_search_message AFTER INSERT ON messages BEGIN %1%2 END")
                     .arg(insertEntry, messageEntry),
                 QStringLiteral("CREATE TRIGGER ticket_search_message_update AFTER UPDATE OF ticket_id, quarantined, "
                                "subject, body ON messages BEGIN DELETE FROM ticket_search WHERE rowid = OLD.id; "
                                "%1%2 END")
                     .arg(insertEntry, messageEntry),
                 QStringLiteral("CREATE TRIGGER ticket_search_message_delete AFTER DELETE ON messages BEGIN "
                                "DELETE FROM ticket_search WHERE rowid = OLD.id; END"),
             } };
}

Migration TicketSearchMigration::entriesWithoutCopies(int version)
{
    const QString covered = QStringLiteral("EXISTS (SELECT 1 FROM tickets t WHERE t.id = NEW.ticket_id AND %1)")
                                .arg(coveredByTicket(QStringLiteral("NEW"), QStringLiteral("t.subject"),
                                                     QStringLiteral("t.description")));
    const QString indexed
        = QStringLiteral("NEW.ticket_id IS NOT NULL AND NEW.quarantined = 0 AND NEW.acknowledgment = 0 AND NOT %1")
              .arg(covered);
    // A search wants each word in one of the ticket's entries (TicketSearch), so an entry
    // that repeats the ticket's own words finds nothing more. When the subject or the
    // description changes, the messages the old ones covered get entries of their own; a
    // new assignee or project reads no message (a term without a table is tested once).
    const QString uncovered
        = QStringLiteral("SELECT m.id, m.subject || ' ' || m.body, m.ticket_id FROM messages m "
                         "WHERE (OLD.subject IS NOT NEW.subject OR OLD.description IS NOT NEW.description) "
                         "AND m.ticket_id = NEW.id AND m.quarantined = 0 AND m.acknowledgment = 0 AND %1 AND NOT %2 "
                         "AND NOT EXISTS (SELECT 1 FROM ticket_search s WHERE s.rowid = m.id);")
              .arg(coveredByTicket(QStringLiteral("m"), QStringLiteral("OLD.subject"),
                                   QStringLiteral("OLD.description")),
                   coveredByTicket(QStringLiteral("m"), QStringLiteral("NEW.subject"),
                                   QStringLiteral("NEW.description")));
    return { version,
             QStringLiteral("search index: the mail a ticket was made from indexed with the ticket only (SQLite); the "
                            "intake's acknowledgments marked and left out"),
             // The intake's own acknowledgment: the same words in every ticket, nothing a person looks for.
             { QStringLiteral("ALTER TABLE messages ADD COLUMN acknowledgment INTEGER NOT NULL DEFAULT 0") },
             { ServerIdentityMigration::messageWriteCheckWithAcknowledgments() },
             {
                 QStringLiteral("DROP TRIGGER ticket_search_update"),
                 QStringLiteral("DROP TRIGGER ticket_search_message"),
                 QStringLiteral("DROP TRIGGER ticket_search_message_update"),
                 QStringLiteral("DELETE FROM ticket_search WHERE rowid IN (SELECT m.id FROM messages m "
                                "JOIN tickets t ON t.id = m.ticket_id WHERE %1)")
                     .arg(coveredByTicket(QStringLiteral("m"), QStringLiteral("t.subject"),
                                          QStringLiteral("t.description"))),
                 QStringLiteral("CREATE TRIGGER ticket_search_update AFTER UPDATE OF number, subject, description, "
                                "project_id, assignee_id ON tickets BEGIN "
                                "DELETE FROM ticket_search WHERE rowid = -OLD.id; %1%2; %1%3 END")
                     .arg(insertEntry, ticketEntry(QStringLiteral("WHERE t.id = NEW.id")), uncovered),
                 // WHEN, not a WHERE in the body: a mail's own message runs no statement on the index.
                 QStringLiteral("CREATE TRIGGER ticket_search_message AFTER INSERT ON messages WHEN %2 BEGIN "
                                "%1VALUES (NEW.id, NEW.subject || ' ' || NEW.body, NEW.ticket_id); END")
                     .arg(insertEntry, indexed),
                 QStringLiteral("CREATE TRIGGER ticket_search_message_update AFTER UPDATE OF ticket_id, quarantined, "
                                "subject, body ON messages BEGIN DELETE FROM ticket_search WHERE rowid = OLD.id; "
                                "%1SELECT NEW.id, NEW.subject || ' ' || NEW.body, NEW.ticket_id WHERE %2; END")
                     .arg(insertEntry, indexed),
             } };
}

QString TicketSearchMigration::postgresRefresh()
{
    return postgresRefreshOf(QStringLiteral("string_agg(m.subject || ' ' || m.body, ' ')"));
}

QString TicketSearchMigration::postgresRefreshWithoutCopies()
{
    return postgresRefreshOf(messagesWithoutCopies);
}

QString TicketSearchMigration::postgresRefreshWithoutAcknowledgments()
{
    return postgresRefreshOf(messagesWithoutCopies, QStringLiteral(" AND m.acknowledgment = 0"));
}

Migration TicketSearchMigration::migration(int version)
{
    return { version,
             QStringLiteral("ticket search index, escalated tickets index"),
             {
                 QStringLiteral("CREATE INDEX tickets_escalated ON tickets (id) WHERE escalated <> 0"),
             },
             postgresStatements(),
             sqliteStatements() };
}

} // namespace dd
