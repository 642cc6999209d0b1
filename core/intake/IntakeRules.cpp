#include "core/intake/IntakeRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dd {

namespace {

// Latin letters that look like the Cyrillic ones of «СРОЧНО»; a client switching
// keyboard layouts mid-word still means it.
QString withCyrillicLookalikes(const QString& text)
{
    static const QString latin = QStringLiteral("CcPpOoHhXxAaEeKkMTBy");
    static const QString cyrillic = QStringLiteral("СсРрОоНнХхАаЕеКкМТВу");
    QString result = text;
    for (QChar& c : result) {
        const qsizetype index = latin.indexOf(c);
        if (index >= 0) {
            c = cyrillic.at(index);
        }
    }
    return result;
}

} // namespace

QString IntakeRules::ticketTag(qint64 number)
{
    return QStringLiteral("[#%1]").arg(number);
}

std::optional<qint64> IntakeRules::ticketNumberFromSubject(const QString& subject)
{
    // Only the bracketed tag: a bare "№1234" in a shop's mail is usually an order number.
    static const QRegularExpression tag(QStringLiteral(R"(\[\s*(?:dutydesk\s*)?[#№]\s*(\d{1,15})\s*\])"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = tag.match(subject);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    if (!ok || number <= 0) {
        return std::nullopt;
    }
    return number;
}

bool IntakeRules::isUrgentSubject(const QString& subject)
{
    static const QRegularExpression urgent(QStringLiteral(R"((?<![\p{L}\p{N}])срочно(?![\p{L}\p{N}]))"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    // Letter-spaced or dotted forms ("С.Р.О.Ч.Н.О", "с р о ч н о") are the same shout.
    static const QRegularExpression spaced(
        QStringLiteral(R"((?<![\p{L}\p{N}])с[\s.\-_*]+р[\s.\-_*]+о[\s.\-_*]+ч[\s.\-_*]+н[\s.\-_*]+о(?![\p{L}\p{N}]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString normalized = withCyrillicLookalikes(subject);
    return urgent.match(normalized).hasMatch() || spaced.match(normalized).hasMatch();
}

IntakeRules::SenderMatch IntakeRules::matchSender(const QString& address, const QList<SenderDirectoryEntry>& directory)
{
    const QString wanted = address.trimmed().toLower();
    SenderMatch match;
    if (wanted.isEmpty()) {
        return match;
    }
    for (const SenderDirectoryEntry& entry : directory) {
        for (const QString& candidate : entry.addresses) {
            if (candidate.trimmed().toLower() != wanted) {
                continue;
            }
            if (match.clientId && *match.clientId != entry.clientId) {
                return { std::nullopt, true };
            }
            match.clientId = entry.clientId;
        }
    }
    return match;
}

std::optional<qint64> IntakeRules::chooseProject(const QList<std::pair<qint64, QStringList>>& projects,
                                                 const QString& text)
{
    if (projects.size() == 1) {
        return projects.first().first;
    }
    std::optional<qint64> named;
    for (const auto& [id, urls] : projects) {
        for (const QString& url : urls) {
            QString host = QUrl::fromUserInput(url).host().toLower();
            if (host.startsWith(QLatin1String("www."))) {
                host.remove(0, 4);
            }
            if (host.isEmpty() || !text.contains(host, Qt::CaseInsensitive)) {
                continue;
            }
            if (named && *named != id) {
                return std::nullopt; // names two projects' sites
            }
            named = id;
        }
    }
    return named;
}

IntakeDecision IntakeRules::decide(const MailMessage& message, const QList<SenderDirectoryEntry>& directory,
                                   const IntakeLookup& lookup)
{
    IntakeDecision decision;
    auto quarantine = [&](const QString& reason, const QString& detail) {
        decision.action = IntakeDecision::Action::Quarantine;
        decision.reason = reason;
        decision.detail = detail;
        return decision;
    };
    if (message.autoReply != AutoReplyKind::None) {
        // RFC 3834: answering an automatic message risks a mail loop; a bounce is no request.
        return quarantine(quarantine_reason::autoReply,
                          message.autoReply == AutoReplyKind::Bounce
                              ? IntakeRules::tr("delivery report (bounce) from %1").arg(message.from.address)
                              : IntakeRules::tr("automatic message from %1").arg(message.from.address));
    }
    const SenderMatch sender = matchSender(message.from.address, directory);
    if (sender.ambiguous) {
        return quarantine(quarantine_reason::ambiguousSender,
                          IntakeRules::tr("%1 is a trusted address of more than one client").arg(message.from.address));
    }
    if (!sender.clientId) {
        return quarantine(quarantine_reason::unknownSender,
                          IntakeRules::tr("%1 is neither a client's official address nor a trusted person")
                              .arg(message.from.address));
    }
    decision.clientId = *sender.clientId;
    decision.urgent = isUrgentSubject(message.subject);

    if (const auto number = ticketNumberFromSubject(message.subject)) {
        if (const auto ticket = lookup.ticketByNumber(*number)) {
            if (ticket->clientId != decision.clientId) {
                return quarantine(quarantine_reason::foreignTicket,
                                  IntakeRules::tr("%1 refers to ticket #%2 of another client")
                                      .arg(message.from.address)
                                      .arg(*number));
            }
            decision.action = IntakeDecision::Action::AppendToTicket;
            decision.ticket = *ticket;
            return decision;
        }
    }
    for (const QString& id : message.threadIds()) {
        if (const auto ticket = lookup.ticketByMessageId(id); ticket && ticket->clientId == decision.clientId) {
            decision.action = IntakeDecision::Action::AppendToTicket;
            decision.ticket = *ticket;
            return decision;
        }
    }
    decision.action = IntakeDecision::Action::CreateTicket;
    return decision;
}

} // namespace dd
