#include "core/intake/IntakeFilingMigration.h"

#include "core/storage/TicketSearchMigration.h"

namespace dd {

namespace {

const QString signature = QStringLiteral(
    "dutydesk_file_ticket(BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, "
    "TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, BYTEA, TEXT)");

// The same statements as TicketRepository::add and IntakeStore::addIncoming/storeRaw, in
// their order, so ids and rows match the SQLite path. `create` is CREATE or CREATE OR
// REPLACE; `appendEvent` the statement that writes the arrival event, with the variables
// it needs in `declarations`.
QString fileTicketFunction(const QString& create, const QString& appendEvent, const QString& declarations = {})
{
    return QStringLiteral(R"(%1 FUNCTION dutydesk_file_ticket(p_project BIGINT, p_subject TEXT,
        p_description TEXT, p_page_url TEXT, p_channel TEXT, p_arrived BIGINT, p_level TEXT, p_event_type TEXT,
        p_event_data TEXT, p_actor_id BIGINT, p_actor TEXT, p_message_channel TEXT, p_message_id TEXT,
        p_sender TEXT, p_recipients TEXT, p_mail_subject TEXT, p_body TEXT, p_raw_sha256 TEXT,
        p_content_sha256 TEXT, p_size BIGINT, p_compressed BYTEA, p_damage TEXT)
    RETURNS TABLE (filed_ticket BIGINT, filed_number BIGINT, filed_message BIGINT)
    LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    now_s BIGINT := CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);%3
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'ticket-number' RETURNING value INTO filed_number;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the ticket counter is missing';
    END IF;
    INSERT INTO tickets (number, project_id, subject, description, steps_to_reproduce, page_url, channel,
                         arrived_at, category, level, status, assignee_id, created_at, updated_at)
        VALUES (filed_number, p_project, p_subject, p_description, '', p_page_url, p_channel, p_arrived, '',
                p_level, 'new', NULL, now_s, now_s)
        RETURNING id INTO filed_ticket;
    %2
    INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, body,
                          received_at, quarantined, quarantine_reason)
        VALUES (filed_ticket, 'in', p_message_channel, p_message_id, p_sender, p_recipients, p_mail_subject,
                p_body, p_arrived, 0, NULL)
        RETURNING id INTO filed_message;
    INSERT INTO message_raw (message_row_id, raw_sha256, content_sha256, size_bytes, compressed, damage,
                             created_at)
        VALUES (filed_message, p_raw_sha256, p_content_sha256, p_size, p_compressed, p_damage, now_s);
    RETURN NEXT;
END $$)")
        .arg(create, appendEvent, declarations);
}

// The search index's refresh ran on every row written: three times for a ticket filed
// from a mail (the ticket, the client's message, the acknowledgment), each a Russian
// to_tsvector of the whole ticket and a GIN update. Deferred to the commit, every row of
// the change is written by then, so the first refresh of a ticket in a transaction is
// final and the others skip (its index row already written by this transaction).
// The trigger function that refreshes a ticket's row of the index with `refresh` (a
// TicketSearchMigration statement), once per ticket and transaction.
QString searchRefreshFunction(const QString& refresh)
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION dutydesk_ticket_search_refresh() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
                target BIGINT;
            BEGIN
                IF TG_TABLE_NAME = 'messages' THEN
                    target := NEW.ticket_id;
                ELSE
                    target := NEW.id;
                END IF;
                IF target IS NULL OR EXISTS (SELECT 1 FROM ticket_search WHERE ticket_id = target
                        AND xmin::text = (pg_current_xact_id()::xid)::text) THEN
                    RETURN NULL;
                END IF;
                %1
                RETURN NULL;
            END $$)")
        .arg(refresh);
}

QStringList searchOncePerCommit()
{
    return {
        searchRefreshFunction(TicketSearchMigration::postgresRefresh()),
        QStringLiteral("DROP TRIGGER ticket_search_ticket ON tickets"),
        QStringLiteral("DROP TRIGGER ticket_search_message ON messages"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER ticket_search_ticket AFTER INSERT OR UPDATE ON tickets "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dutydesk_ticket_search_refresh()"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER ticket_search_message AFTER INSERT OR UPDATE ON messages "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dutydesk_ticket_search_refresh()"),
    };
}

// Migration 20: the intake's filing leaves the index to a refresh beside it (SearchRefresher,
// docs/mail-intake.md#speed). Its transactions queue the ticket in ticket_search_pending,
// locking the queue row until they commit. Every other writer (the console, the CLI)
// still refreshes at its own commit, so what a person changed is found at once.
QString searchRefreshOrQueue(const QString& refresh)
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION dutydesk_ticket_search_refresh() RETURNS trigger
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
                -- (A superuser is in every role: the owner's test first.)
                IF NOT dutydesk_is_owner() AND dutydesk_session_in('dutydesk_intake') THEN
                    -- Locks the row, new or not, until the commit (DO UPDATE locks even where it updates nothing).
                    INSERT INTO ticket_search_pending (ticket_id) VALUES (target)
                        ON CONFLICT (ticket_id) DO UPDATE SET ticket_id = EXCLUDED.ticket_id WHERE FALSE;
                    RETURN NULL;
                END IF;
                IF EXISTS (SELECT 1 FROM ticket_search WHERE ticket_id = target
                        AND xmin::text = (pg_current_xact_id()::xid)::text) THEN
                    RETURN NULL;
                END IF;
                %1
                RETURN NULL;
            END $$)")
        .arg(refresh);
}

// Refreshes up to `p_limit` queued tickets and returns how many it took. It takes only
// tickets no transaction is writing: their queue row unlocked (no filing in flight) and
// their tickets row lockable FOR UPDATE, which every writer of a ticket or of its messages
// holds at least FOR KEY SHARE until it commits (a message's foreign key; the one update of
// a message, its release from quarantine, sets its ticket). Holding that lock, it reads in later
// statements (new snapshots) everything committed, and writers that come meanwhile wait
// for its commit, then queue or refresh the ticket again themselves: no write is left out
// of the index, whichever commits first. One ticket per statement: the refresh of several
// in one was planned as a scan of every ticket.
QString searchBacklogRefresh()
{
    return QStringLiteral(R"(CREATE FUNCTION dutydesk_refresh_search_backlog(p_limit INTEGER) RETURNS INTEGER
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
                queued BIGINT[];
                taken BIGINT[];
                target BIGINT;
            BEGIN
                SELECT array_agg(ticket_id) INTO queued FROM (SELECT ticket_id FROM ticket_search_pending
                    ORDER BY ticket_id LIMIT p_limit FOR UPDATE SKIP LOCKED) AS q;
                IF queued IS NULL THEN
                    RETURN 0;
                END IF;
                SELECT array_agg(id) INTO taken FROM (SELECT id FROM tickets WHERE id = ANY (queued)
                    FOR UPDATE SKIP LOCKED) AS t;
                IF taken IS NULL THEN
                    RETURN 0;
                END IF;
                DELETE FROM ticket_search_pending WHERE ticket_id = ANY (taken);
                FOREACH target IN ARRAY taken LOOP
                    %1
                END LOOP;
                RETURN cardinality(taken);
            END $$)")
        .arg(TicketSearchMigration::postgresRefreshWithoutCopies());
}

// Migration 21: the same refresh, every ticket locked, dequeued and refreshed by its key.
// `id = ANY (queued)` was planned for an array of ten on the session's first batch, when
// the table was small: a scan of every ticket, kept for the session (autovacuum, which
// would have the plan redone, looks in once a minute), and a backlog of 10,000 mails
// cost 1.4 ms per ticket. An equality on the key stays an index lookup as the table grows
// (TestIntakeEngines::searchBacklogIsReadByKey).
QString searchBacklogRefreshByKey(const QString& refresh)
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION dutydesk_refresh_search_backlog(p_limit INTEGER)
            RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
                target BIGINT;
                taken INTEGER := 0;
            BEGIN
                FOR target IN SELECT ticket_id FROM ticket_search_pending ORDER BY ticket_id LIMIT p_limit
                        FOR UPDATE SKIP LOCKED LOOP
                    PERFORM 1 FROM tickets WHERE id = target FOR UPDATE SKIP LOCKED;
                    CONTINUE WHEN NOT FOUND;
                    DELETE FROM ticket_search_pending WHERE ticket_id = target;
                    %1
                    taken := taken + 1;
                END LOOP;
                RETURN taken;
            END $$)")
        .arg(refresh);
}

// The index's trigger on messages, from migration 20 on: only the fields of the document,
// and (migration 23) not for the intake's acknowledgments.
QString searchMessageTrigger(const QString& when)
{
    return QStringLiteral("CREATE CONSTRAINT TRIGGER ticket_search_message AFTER INSERT OR UPDATE OF ticket_id, "
                          "quarantined, subject, body ON messages DEFERRABLE INITIALLY DEFERRED FOR EACH ROW %1"
                          "EXECUTE FUNCTION dutydesk_ticket_search_refresh()")
        .arg(when);
}

// The owner test of every security trigger and function (ServerIdentityMigration), seven
// times per filed mail. As a SQL function with a sub-select it cannot be inlined and is
// parsed and planned afresh in every transaction (about 50 µs); PL/pgSQL keeps its plan
// for the session. The same expression, so the same answer.
const QString ownerTest = QStringLiteral(
    "CREATE OR REPLACE FUNCTION dutydesk_is_owner() RETURNS BOOLEAN LANGUAGE plpgsql STABLE AS $$ BEGIN "
    "RETURN pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.tickets'::regclass), "
    "'MEMBER'); END $$");

} // namespace

Migration IntakeFilingMigration::migration(int version)
{
    return { version,
             QStringLiteral("mail intake: a new ticket in one round trip; the search index once per ticket and commit; "
                            "the owner test keeps its plan"),
             {},
             QStringList { fileTicketFunction(QStringLiteral("CREATE"),
                                              QStringLiteral("PERFORM dutydesk_append_event(filed_ticket, p_arrived, "
                                                             "p_event_type, p_event_data, 1, p_actor_id, p_actor);")),
                           QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature),
                           // The daemon's login only: staff file tickets through TicketRepository.
                           QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO dutydesk_intake").arg(signature) }
                 + searchOncePerCommit() + QStringList { ownerTest },
             {} };
}

QString IntakeFilingMigration::fileTicketAssigningEvent()
{
    return fileTicketFunction(QStringLiteral("CREATE OR REPLACE"),
                              QStringLiteral("event_id := dutydesk_append_event(filed_ticket, p_arrived, p_event_type, "
                                             "p_event_data, 1, p_actor_id, p_actor);"),
                              QStringLiteral("\n    event_id BIGINT;"));
}

Migration IntakeFilingMigration::searchWithoutCopies(int version)
{
    return { version,
             QStringLiteral("search index: the body of the mail a ticket was made from indexed once (PostgreSQL)"),
             {},
             { searchRefreshFunction(TicketSearchMigration::postgresRefreshWithoutCopies()) },
             {} };
}

Migration IntakeFilingMigration::searchBesideFiling(int version)
{
    return {
        version,
        QStringLiteral("search index: the intake's tickets refreshed beside its filing; refreshed only when a field "
                       "of the document changes (PostgreSQL)"),
        {},
        {
            QStringLiteral("CREATE TABLE ticket_search_pending (ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id) "
                           "ON DELETE CASCADE)"),
            // Nobody but the owner's functions reads or writes the queue.
            QStringLiteral("ALTER TABLE ticket_search_pending ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY ticket_search_pending_none ON ticket_search_pending USING (FALSE)"),
            QStringLiteral("REVOKE ALL ON ticket_search_pending FROM PUBLIC"),
            searchRefreshOrQueue(TicketSearchMigration::postgresRefreshWithoutCopies()),
            searchBacklogRefresh(),
            QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_refresh_search_backlog(INTEGER) FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION dutydesk_refresh_search_backlog(INTEGER) TO dutydesk_intake"),
            // A new status, deadline or version leaves the document as it was.
            QStringLiteral("DROP TRIGGER ticket_search_ticket ON tickets"),
            QStringLiteral("DROP TRIGGER ticket_search_message ON messages"),
            QStringLiteral("CREATE CONSTRAINT TRIGGER ticket_search_ticket AFTER INSERT OR UPDATE OF number, subject, "
                           "description, project_id, assignee_id ON tickets DEFERRABLE INITIALLY DEFERRED "
                           "FOR EACH ROW EXECUTE FUNCTION dutydesk_ticket_search_refresh()"),
            searchMessageTrigger({}),
            QStringLiteral("SELECT dutydesk_check_row_security()"),
        },
        {},
    };
}

Migration IntakeFilingMigration::searchBacklogByKey(int version)
{
    return { version,
             QStringLiteral("search index: the backlog refreshed ticket by ticket, by key (PostgreSQL)"),
             {},
             { searchBacklogRefreshByKey(TicketSearchMigration::postgresRefreshWithoutCopies()) },
             {} };
}

Migration IntakeFilingMigration::searchWithoutAcknowledgments(int version)
{
    const QString refresh = TicketSearchMigration::postgresRefreshWithoutAcknowledgments();
    return { version,
             QStringLiteral("search index: the intake's acknowledgments left out (PostgreSQL)"),
             {},
             { searchRefreshOrQueue(refresh), searchBacklogRefreshByKey(refresh),
               QStringLiteral("DROP TRIGGER ticket_search_message ON messages"),
               searchMessageTrigger(QStringLiteral("WHEN (NEW.acknowledgment = 0) ")) },
             {} };
}

} // namespace dd
