#pragma once

#include "core/domain/TicketEventRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

// One readable sentence for history rows: the conflict message of a refused update
// (docs/rules.md#shared-database) and the ticket history of the CLI and the console.
class TicketEventText
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketEventText)

public:
    // "status registered → waiting (not-enough-information)", "assignee — → anna".
    static QString describe(const TicketEventRecord& event);
    // "ticket #123 was changed by Анна Петрова at 10:42 (status registered → waiting);
    // your change was not saved". `newer` are the events after the version the caller
    // read, oldest first.
    static QString conflictMessage(qint64 number, const QList<TicketEventRecord>& newer);
};

} // namespace dd
