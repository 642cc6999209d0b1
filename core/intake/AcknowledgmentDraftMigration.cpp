#include "core/intake/AcknowledgmentDraftMigration.h"

#include "core/intake/IntakeServerWorkMigration.h"
#include "core/storage/ServerIdentityMigration.h"

namespace dd {

namespace {

const QString signature = QStringLiteral("dutydesk_queue_acknowledgment(BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT)");

} // namespace

Migration AcknowledgmentDraftMigration::migration(int version)
{
    return { version,
             QStringLiteral("mail intake: acknowledgments queued as drafts and composed when sent"),
             { QStringLiteral("ALTER TABLE outgoing_mail ADD COLUMN draft TEXT") },
             { ServerIdentityMigration::queueDraftFunction(IntakeServerWorkMigration::recordSenderWhenChanged()),
               QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature),
               // Staff release quarantined mail, which queues its acknowledgment.
               QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO dutydesk_intake, dutydesk_engineer, dutydesk_manager, "
                              "dutydesk_admin")
                   .arg(signature) },
             {} };
}

} // namespace dd
