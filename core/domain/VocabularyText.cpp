#include "core/domain/VocabularyText.h"

#include <QCoreApplication>

namespace dd {

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return Vocabulary::tr("new");
    case TicketStatus::Registered:
        return Vocabulary::tr("in work");
    case TicketStatus::Waiting:
        return Vocabulary::tr("waiting");
    case TicketStatus::Resolved:
        return Vocabulary::tr("resolved");
    case TicketStatus::Closed:
        return Vocabulary::tr("closed");
    case TicketStatus::Reopened:
        return Vocabulary::tr("reopened");
    case TicketStatus::OutOfScope:
        return Vocabulary::tr("out of scope");
    case TicketStatus::Development:
        return Vocabulary::tr("in development");
    }
    return {};
}

QString waitingReasonName(WaitingReason reason)
{
    switch (reason) {
    case WaitingReason::CannotReproduce:
        return Vocabulary::tr("cannot reproduce / no access to the project");
    case WaitingReason::NotEnoughInformation:
        return Vocabulary::tr("not enough information");
    case WaitingReason::NeedsDiagnosis:
        return Vocabulary::tr("needs detailed diagnosis or development");
    case WaitingReason::OutsideSupport:
        return Vocabulary::tr("outside technical support");
    case WaitingReason::Unconstructive:
        return Vocabulary::tr("question incorrect or discussion unconstructive");
    case WaitingReason::ThirdParty:
        return Vocabulary::tr("waiting for a third party (hosting, vendor)");
    }
    return {};
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return Vocabulary::tr("e-mail");
    case Channel::EmailUrgent:
        return Vocabulary::tr("e-mail «СРОЧНО»");
    case Channel::Telegram:
        return Vocabulary::tr("Telegram");
    case Channel::Whatsapp:
        return Vocabulary::tr("WhatsApp");
    case Channel::Viber:
        return Vocabulary::tr("Viber");
    case Channel::Phone:
        return Vocabulary::tr("phone");
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
        why = Vocabulary::tr("no access", "waiting reason, short");
        break;
    case WaitingReason::NotEnoughInformation:
        // The client owes the information: whom the ticket waits for.
        why = Vocabulary::tr("client", "waiting reason, short");
        break;
    case WaitingReason::NeedsDiagnosis:
        why = Vocabulary::tr("diagnosis", "waiting reason, short");
        break;
    case WaitingReason::OutsideSupport:
        why = Vocabulary::tr("outside support", "waiting reason, short");
        break;
    case WaitingReason::Unconstructive:
        why = Vocabulary::tr("unconstructive", "waiting reason, short");
        break;
    case WaitingReason::ThirdParty:
        why = Vocabulary::tr("third party", "waiting reason, short");
        break;
    }
    return Vocabulary::tr("%1: %2", "status: short waiting reason").arg(statusName(status), why);
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
