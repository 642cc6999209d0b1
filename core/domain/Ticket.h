#pragma once

#include "core/domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dd {

// One support request (docs/rules.md#tickets). `version` grows by one with every change: an update
// names the version it read, so two people cannot silently overwrite each other (docs/rules.md#shared-database).
struct Ticket
{
    qint64 id = 0;
    qint64 number = 0; // what the client sees ("#123")
    qint64 version = 1;
    qint64 projectId = 0;
    QString subject;
    QString description;
    QString stepsToReproduce;
    QString pageUrl;
    Channel channel = Channel::Email;
    QDateTime arrived; // UTC
    QString category;
    QString level = QStringLiteral("standard"); // SLA level slug
    TicketStatus status = TicketStatus::New;
    std::optional<WaitingReason> waitingReason;
    qint64 assigneeId = 0; // 0 = unassigned
    bool escalated = false;
    int rating = 0; // 1–5 after resolution, 0 = not rated
    QDateTime createdAt;
    QDateTime updatedAt;

    // The time of the ticket's last event (a message, reply, note, status change): every
    // change and every event stamps updated_at with the server's clock in its transaction
    // (TicketRepository::update/recordEvent), so the queue needs no join over the history.
    QDateTime lastActivity() const { return updatedAt.isValid() ? updatedAt : arrived; }

    // Filled by reads, for display.
    QString projectCode;
    QString projectName;
    QString projectShortName; // empty when the project has none
    QString tariff;
    QString tariffName; // the tariff as people call it ("Стандартный")
    QString assigneeLogin;
    QString assigneeName;

    // The project as narrow places show it: its short name, else its full name.
    QString projectShownName() const { return projectShortName.isEmpty() ? projectName : projectShortName; }
};

} // namespace dd
