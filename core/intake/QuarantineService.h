#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Project.h"
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStore.h"
#include "core/util/Result.h"

namespace dd {

// One line of the quarantine's list: the entry, its mail's size and attachments (the
// mail parsed), and the ticket it became.
struct QuarantineListItem
{
    QuarantineEntry entry;
    qint64 size = 0;
    int attachments = 0;
    qint64 ticketNumber = 0; // when released
    QString ticketError; // why the ticket cannot be read, when released
};

// What people do with held mail (docs/rules.md#intake), for the console's quarantine
// dialog and `dutydeskctl quarantine`: list, look at, release as a ticket of a project,
// discard with a reason — each recorded with who did it.
class QuarantineService
{
    Q_DECLARE_TR_FUNCTIONS(dd::QuarantineService)

public:
    QuarantineService(const Database& database, IntakeSettings settings);

    // `status`: held, released, discarded, or empty for all.
    Result<QList<QuarantineEntry>> list(const QString& status = QStringLiteral("held")) const;
    // The list with every mail parsed: reads and parses each held mail, so the console
    // asks for it on a worker thread.
    Result<QList<QuarantineListItem>> overview(const QString& status = QStringLiteral("held")) const;
    // The projects a mail may be released into (the active ones among them).
    Result<QList<Project>> projects() const;
    // The entry and its original mail.
    Result<std::pair<QuarantineEntry, QByteArray>> show(qint64 id) const;
    Result<IntakeOutcome> release(qint64 id, qint64 projectId, const Actor& by);
    Status discard(qint64 id, const QString& reason, const Actor& by);

    const IntakeStore& store() const { return m_intake.store(); }

private:
    const Database& m_database;
    IntakeService m_intake;
};

} // namespace dd
