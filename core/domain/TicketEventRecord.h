#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd {

// One entry of a ticket's append-only history (docs/rules.md#tickets): who, when, what. Every SLA
// figure is recomputed from these rows, so `at` is the instant the event stands for
// (the arrival of a message, the moment of a status change) and `recordedAt` the
// database server's time of writing.
struct TicketEventRecord
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    QDateTime recordedAt;
    qint64 actorId = 0; // 0 = the intake, the system or an unknown login
    QString actor; // the login as given, kept even when no user row matches
    QString actorName; // the user's full name when known, for messages
    QString type; // a slug of TicketEventType
    QJsonObject data; // old/new values
    qint64 ticketVersion = 0; // the ticket's version after this change
};

// The history's event types. The SLA ones are those core/sla reads (TicketClocks.h);
// the others are kept for the record and ignored by the clocks.
namespace ticket_event {
inline const QString arrived = QStringLiteral("arrived");
inline const QString registered = QStringLiteral("registered");
inline const QString clientMessage = QStringLiteral("client-message");
inline const QString reply = QStringLiteral("reply");
inline const QString waitingStarted = QStringLiteral("waiting-started");
inline const QString waitingEnded = QStringLiteral("waiting-ended");
inline const QString resolved = QStringLiteral("resolved");
inline const QString reopened = QStringLiteral("reopened");
inline const QString closed = QStringLiteral("closed");
inline const QString levelChanged = QStringLiteral("level-changed");
// Not read by the clocks.
inline const QString outOfScope = QStringLiteral("out-of-scope");
inline const QString development = QStringLiteral("development");
inline const QString waitingReasonChanged = QStringLiteral("waiting-reason-changed");
inline const QString assigned = QStringLiteral("assigned");
inline const QString categoryChanged = QStringLiteral("category-changed");
inline const QString escalated = QStringLiteral("escalated");
inline const QString rated = QStringLiteral("rated");
inline const QString comment = QStringLiteral("comment");
// A client's mail the intake took for automatic (an echo of our acknowledgment that
// carries no marker, docs/rules.md#intake): filed, but no reaction owed and no wait ended.
inline const QString automaticMessage = QStringLiteral("automatic-message");
// The request's details (docs/rules.md#tickets): page URL and steps to reproduce.
inline const QString pageUrlChanged = QStringLiteral("page-url-changed");
inline const QString stepsChanged = QStringLiteral("steps-changed");
// An internal note: never sent to the client.
inline const QString note = QStringLiteral("note");
} // namespace ticket_event

} // namespace dd
