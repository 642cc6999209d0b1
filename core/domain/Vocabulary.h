#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// The spec's identifiers (docs/rules.md#roles, #tickets). The slugs are what the database, the CLI and
// JSON use; the UI translates them. Keeping each enum next to its slug table means a
// new value cannot be added to one without the other.

enum class TicketStatus { New, Registered, Waiting, Resolved, Closed, Reopened, OutOfScope, Development };

// Why a ticket waits (docs/rules.md#statuses: the regulation’s postponement reasons).
// `third-party` (a hosting provider, a vendor) is the product's addition.
enum class WaitingReason {
    CannotReproduce,
    NotEnoughInformation,
    NeedsDiagnosis,
    OutsideSupport,
    Unconstructive,
    ThirdParty
};

enum class Channel { Email, EmailUrgent, Telegram, Whatsapp, Viber, Phone };

enum class Role { Engineer, AccountManager, Programmer, Tester, HeadOfSupport, Admin };

enum class ProjectStatus { Active, Paused, Closed };

QString toSlug(TicketStatus value);
QString toSlug(WaitingReason value);
QString toSlug(Channel value);
QString toSlug(Role value);
QString toSlug(ProjectStatus value);

std::optional<TicketStatus> ticketStatusFromSlug(const QString& slug);
std::optional<WaitingReason> waitingReasonFromSlug(const QString& slug);
std::optional<Channel> channelFromSlug(const QString& slug);
std::optional<Role> roleFromSlug(const QString& slug);
std::optional<ProjectStatus> projectStatusFromSlug(const QString& slug);

QStringList allTicketStatusSlugs();
QStringList allWaitingReasonSlugs();
QStringList allChannelSlugs();
QStringList allRoleSlugs();
QStringList allProjectStatusSlugs();

// Service levels (docs/rules.md#service-levels) are kept as slugs here: the SLA engine owns their meaning.
QStringList allLevelSlugs();
bool isLevelSlug(const QString& slug);

} // namespace dd
