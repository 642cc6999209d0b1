#pragma once

#include "core/intake/MailMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// Who may file requests by e-mail (docs/rules.md#tickets): each client's official address and its
// trusted persons.
struct SenderDirectoryEntry
{
    qint64 clientId = 0;
    QStringList addresses; // official first, then the trusted persons
};

// A ticket a message may refer to, as far as the rules need it.
struct TicketRef
{
    qint64 ticketId = 0;
    qint64 number = 0;
    qint64 clientId = 0;
};

// The intake's view of the database, so the rules stay pure and testable.
class IntakeLookup
{
public:
    virtual ~IntakeLookup() = default;
    virtual std::optional<TicketRef> ticketByNumber(qint64 number) const = 0;
    // The ticket a message with this Message-ID was filed on (incoming or our acknowledgment).
    virtual std::optional<TicketRef> ticketByMessageId(const QString& messageId) const = 0;
};

// Quarantine reasons, as slugs for the database, the CLI and the console.
namespace quarantine_reason {
inline const QString autoReply = QStringLiteral("auto-reply");
inline const QString unknownSender = QStringLiteral("unknown-sender");
inline const QString ambiguousSender = QStringLiteral("ambiguous-sender");
inline const QString foreignTicket = QStringLiteral("foreign-ticket");
inline const QString malformed = QStringLiteral("malformed");
inline const QString noProject = QStringLiteral("no-project");
inline const QString spam = QStringLiteral("spam");
} // namespace quarantine_reason

struct IntakeDecision
{
    enum class Action { CreateTicket, AppendToTicket, Quarantine };

    Action action = Action::Quarantine;
    qint64 clientId = 0; // CreateTicket, AppendToTicket
    TicketRef ticket; // AppendToTicket
    bool urgent = false; // «СРОЧНО» in the subject: the email-urgent channel
    QString reason; // Quarantine: a quarantine_reason slug
    QString detail; // Quarantine: one readable sentence for the log and the console
};

// The mail intake's rules (docs/rules.md#tickets, #intake), free of I/O.
class IntakeRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeRules)

public:
    // The ticket tag put in acknowledgment subjects and recognised in replies: "[#123]".
    static QString ticketTag(qint64 number);
    // The number of the first ticket tag in a subject: "[#123]", "[№ 123]", "[Dutydesk #123]".
    static std::optional<qint64> ticketNumberFromSubject(const QString& subject);
    // «СРОЧНО» as a word, in any case and with any punctuation around it; Latin look-alike
    // letters typed by mistake count too ("CPOЧHO").
    static bool isUrgentSubject(const QString& subject);
    // The client whose official or trusted address sent the mail; nothing for a stranger,
    // an error string for an address that two clients trust.
    struct SenderMatch
    {
        std::optional<qint64> clientId;
        bool ambiguous = false;
    };
    static SenderMatch matchSender(const QString& address, const QList<SenderDirectoryEntry>& directory);

    // Which of a client's active projects (id, site URLs) a request is for: the only
    // one, or the one whose site the mail names; nothing when that is not clear.
    static std::optional<qint64> chooseProject(const QList<std::pair<qint64, QStringList>>& projects,
                                               const QString& text);

    static IntakeDecision decide(const MailMessage& message, const QList<SenderDirectoryEntry>& directory,
                                 const IntakeLookup& lookup);
};

} // namespace dd
