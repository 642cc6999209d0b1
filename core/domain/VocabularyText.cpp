#include "core/domain/VocabularyText.h"

#include <QCoreApplication>

namespace dd {

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("dd::Vocabulary", "new");
    case TicketStatus::Registered:
        return QCoreApplication::translate("dd::Vocabulary", "in work");
    case TicketStatus::Waiting:
        return QCoreApplication::translate("dd::Vocabulary", "waiting");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("dd::Vocabulary", "resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("dd::Vocabulary", "closed");
    case TicketStatus::Reopened:
        return QCoreApplication::translate("dd::Vocabulary", "reopened");
    case TicketStatus::OutOfScope:
        return QCoreApplication::translate("dd::Vocabulary", "out of scope");
    case TicketStatus::Development:
        return QCoreApplication::translate("dd::Vocabulary", "in development");
    }
    return {};
}

QString waitingReasonName(WaitingReason reason)
{
    switch (reason) {
    case WaitingReason::CannotReproduce:
        return QCoreApplication::translate("dd::Vocabulary", "cannot reproduce / no access to the project");
    case WaitingReason::NotEnoughInformation:
        return QCoreApplication::translate("dd::Vocabulary", "not enough information");
    case WaitingReason::NeedsDiagnosis:
        return QCoreApplication::translate("dd::Vocabulary", "needs detailed diagnosis or development");
    case WaitingReason::OutsideSupport:
        return QCoreApplication::translate("dd::Vocabulary", "outside technical support");
    case WaitingReason::Unconstructive:
        return QCoreApplication::translate("dd::Vocabulary", "question incorrect or discussion unconstructive");
    case WaitingReason::ThirdParty:
        return QCoreApplication::translate("dd::Vocabulary", "waiting for a third party (hosting, vendor)");
    }
    return {};
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QCoreApplication::translate("dd::Vocabulary", "e-mail");
    case Channel::EmailUrgent:
        return QCoreApplication::translate("dd::Vocabulary", "e-mail «СРОЧНО»");
    case Channel::Telegram:
        return QCoreApplication::translate("dd::Vocabulary", "Telegram");
    case Channel::Whatsapp:
        return QCoreApplication::translate("dd::Vocabulary", "WhatsApp");
    case Channel::Viber:
        return QCoreApplication::translate("dd::Vocabulary", "Viber");
    case Channel::Phone:
        return QCoreApplication::translate("dd::Vocabulary", "phone");
    }
    return {};
}

QString statusInShort(TicketStatus status, std::optional<WaitingReason> reason)
{
    if (!reason) {
        return statusName(status);
    }
    QString why;
    switch (*reason) {
    case WaitingReason::CannotReproduce:
        why = QCoreApplication::translate("dd::Vocabulary", "no access", "waiting reason, short");
        break;
    case WaitingReason::NotEnoughInformation:
        // The client owes the information: whom the ticket waits for.
        why = QCoreApplication::translate("dd::Vocabulary", "client", "waiting reason, short");
        break;
    case WaitingReason::NeedsDiagnosis:
        why = QCoreApplication::translate("dd::Vocabulary", "diagnosis", "waiting reason, short");
        break;
    case WaitingReason::OutsideSupport:
        why = QCoreApplication::translate("dd::Vocabulary", "outside support", "waiting reason, short");
        break;
    case WaitingReason::Unconstructive:
        why = QCoreApplication::translate("dd::Vocabulary", "unconstructive", "waiting reason, short");
        break;
    case WaitingReason::ThirdParty:
        why = QCoreApplication::translate("dd::Vocabulary", "third party", "waiting reason, short");
        break;
    }
    return QCoreApplication::translate("dd::Vocabulary", "%1: %2", "status: short waiting reason")
        .arg(statusName(status), why);
}

QString statusNameOf(const QString& slug)
{
    const auto status = ticketStatusFromSlug(slug);
    return status ? statusName(*status) : slug;
}

QString waitingReasonNameOf(const QString& slug)
{
    const auto reason = waitingReasonFromSlug(slug);
    return reason ? waitingReasonName(*reason) : slug;
}

QString channelNameOf(const QString& slug)
{
    const auto channel = channelFromSlug(slug);
    return channel ? channelName(*channel) : slug;
}

} // namespace dd
