#include "core/domain/Vocabulary.h"

#include <array>
#include <utility>

namespace dd {

namespace {

template<typename E, std::size_t N> using SlugTable = std::array<std::pair<E, const char*>, N>;

constexpr SlugTable<TicketStatus, 8> statusSlugs { {
    { TicketStatus::New, "new" },
    { TicketStatus::Registered, "registered" },
    { TicketStatus::Waiting, "waiting" },
    { TicketStatus::Resolved, "resolved" },
    { TicketStatus::Closed, "closed" },
    { TicketStatus::Reopened, "reopened" },
    { TicketStatus::OutOfScope, "out-of-scope" },
    { TicketStatus::Development, "development" },
} };

constexpr SlugTable<WaitingReason, 6> reasonSlugs { {
    { WaitingReason::CannotReproduce, "cannot-reproduce" },
    { WaitingReason::NotEnoughInformation, "not-enough-information" },
    { WaitingReason::NeedsDiagnosis, "needs-diagnosis" },
    { WaitingReason::OutsideSupport, "outside-support" },
    { WaitingReason::Unconstructive, "unconstructive" },
    { WaitingReason::ThirdParty, "third-party" },
} };

constexpr SlugTable<Channel, 6> channelSlugs { {
    { Channel::Email, "email" },
    { Channel::EmailUrgent, "email-urgent" },
    { Channel::Telegram, "telegram" },
    { Channel::Whatsapp, "whatsapp" },
    { Channel::Viber, "viber" },
    { Channel::Phone, "phone" },
} };

constexpr SlugTable<Role, 6> roleSlugs { {
    { Role::Engineer, "engineer" },
    { Role::AccountManager, "account-manager" },
    { Role::Programmer, "programmer" },
    { Role::Tester, "tester" },
    { Role::HeadOfSupport, "head-of-support" },
    { Role::Admin, "admin" },
} };

constexpr SlugTable<ProjectStatus, 3> projectStatusSlugs { {
    { ProjectStatus::Active, "active" },
    { ProjectStatus::Paused, "paused" },
    { ProjectStatus::Closed, "closed" },
} };

template<typename E, std::size_t N> QString slugOf(const SlugTable<E, N>& table, E value)
{
    for (const auto& [key, slug] : table) {
        if (key == value) {
            return QString::fromLatin1(slug);
        }
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const SlugTable<E, N>& table, const QString& slug)
{
    for (const auto& [key, text] : table) {
        if (slug == QLatin1String(text)) {
            return key;
        }
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QStringList slugsOf(const SlugTable<E, N>& table)
{
    QStringList slugs;
    for (const auto& entry : table) {
        slugs << QString::fromLatin1(entry.second);
    }
    return slugs;
}

} // namespace

QString toSlug(TicketStatus value)
{
    return slugOf(statusSlugs, value);
}
QString toSlug(WaitingReason value)
{
    return slugOf(reasonSlugs, value);
}
QString toSlug(Channel value)
{
    return slugOf(channelSlugs, value);
}
QString toSlug(Role value)
{
    return slugOf(roleSlugs, value);
}
QString toSlug(ProjectStatus value)
{
    return slugOf(projectStatusSlugs, value);
}

std::optional<TicketStatus> ticketStatusFromSlug(const QString& slug)
{
    return valueOf(statusSlugs, slug);
}
std::optional<WaitingReason> waitingReasonFromSlug(const QString& slug)
{
    return valueOf(reasonSlugs, slug);
}
std::optional<Channel> channelFromSlug(const QString& slug)
{
    return valueOf(channelSlugs, slug);
}
std::optional<Role> roleFromSlug(const QString& slug)
{
    return valueOf(roleSlugs, slug);
}
std::optional<ProjectStatus> projectStatusFromSlug(const QString& slug)
{
    return valueOf(projectStatusSlugs, slug);
}

QStringList allTicketStatusSlugs()
{
    return slugsOf(statusSlugs);
}
QStringList allWaitingReasonSlugs()
{
    return slugsOf(reasonSlugs);
}
QStringList allChannelSlugs()
{
    return slugsOf(channelSlugs);
}
QStringList allRoleSlugs()
{
    return slugsOf(roleSlugs);
}
QStringList allProjectStatusSlugs()
{
    return slugsOf(projectStatusSlugs);
}

QStringList allLevelSlugs()
{
    return { QStringLiteral("emergency"), QStringLiteral("standard"), QStringLiteral("urgent") };
}

bool isLevelSlug(const QString& slug)
{
    return allLevelSlugs().contains(slug);
}

} // namespace dd
