#pragma once

#include "core/domain/TicketEventRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

// One readable sentence for history rows: the conflict message of a refused update
// (docs/rules.md#shared-database) and the ticket history of the CLI and the console.
class TicketEventText
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketEventText)

public:
    // Logins to the names people know them by (User::displayName).
    using PeopleNames = QHash<QString, QString>;

    // In words of the UI language: "status in work → waiting (not enough information)",
    // "assignee — → Анна Петрова" (a login missing from `people` is shown as it is),
    // "a message from the client by e-mail: «…»" with the whole text.
    static QString describe(const TicketEventRecord& event, const PeopleNames& people = {});
    // Who acted: the recorded name, else the user's name, else the login ("intake" in words).
    static QString who(const TicketEventRecord& event, const PeopleNames& people = {});
    // "ticket #123 was changed by Анна Петрова at 10:42 (status registered → waiting);
    // your change was not saved". `newer` are the events after the version the caller
    // read, oldest first.
    static QString conflictMessage(qint64 number, const QList<TicketEventRecord>& newer);
};

} // namespace dd
