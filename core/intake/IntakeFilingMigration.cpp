#include "core/intake/IntakeFilingMigration.h"

namespace dd {

namespace {

const QString signature = QStringLiteral(
    "dutydesk_file_ticket(BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, "
    "TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, BYTEA, TEXT)");

// The same statements as TicketRepository::add and IntakeStore::addIncoming/storeRaw, in
// their order, so ids and rows match the SQLite path.
const QString fileTicket = QStringLiteral(R"(CREATE FUNCTION dutydesk_file_ticket(p_project BIGINT, p_subject TEXT,
        p_description TEXT, p_page_url TEXT, p_channel TEXT, p_arrived BIGINT, p_level TEXT, p_event_type TEXT,
        p_event_data TEXT, p_actor_id BIGINT, p_actor TEXT, p_message_channel TEXT, p_message_id TEXT,
        p_sender TEXT, p_recipients TEXT, p_mail_subject TEXT, p_body TEXT, p_raw_sha256 TEXT,
        p_content_sha256 TEXT, p_size BIGINT, p_compressed BYTEA, p_damage TEXT)
    RETURNS TABLE (filed_ticket BIGINT, filed_number BIGINT, filed_message BIGINT)
    LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    now_s BIGINT := CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);
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
    PERFORM dutydesk_append_event(filed_ticket, p_arrived, p_event_type, p_event_data, 1, p_actor_id, p_actor);
    INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, body,
                          received_at, quarantined, quarantine_reason)
        VALUES (filed_ticket, 'in', p_message_channel, p_message_id, p_sender, p_recipients, p_mail_subject,
                p_body, p_arrived, 0, NULL)
        RETURNING id INTO filed_message;
    INSERT INTO message_raw (message_row_id, raw_sha256, content_sha256, size_bytes, compressed, damage,
                             created_at)
        VALUES (filed_message, p_raw_sha256, p_content_sha256, p_size, p_compressed, p_damage, now_s);
    RETURN NEXT;
END $$)");

} // namespace

Migration IntakeFilingMigration::migration(int version)
{
    return { version,
             QStringLiteral("mail intake: a new ticket in one round trip"),
             {},
             { fileTicket, QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature),
               // The daemon's login only: staff file tickets through TicketRepository.
               QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO dutydesk_intake").arg(signature) },
             {} };
}

} // namespace dd
