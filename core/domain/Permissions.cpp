#include "core/domain/Permissions.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace {

// The roles whose group the server grants the action to (ServerRolesMigration,
// RegressionMigration, ServerIdentityMigration).
QList<Role> rolesFor(Permissions::Action action)
{
    switch (action) {
    case Permissions::Action::FileTicket:
        return { Role::Engineer, Role::AccountManager, Role::HeadOfSupport, Role::Tester, Role::Admin };
    case Permissions::Action::ResolveQuarantine:
        return { Role::Engineer, Role::AccountManager, Role::HeadOfSupport, Role::Admin };
    case Permissions::Action::EditChecklist:
    case Permissions::Action::RunTesting:
        return { Role::AccountManager, Role::HeadOfSupport, Role::Tester, Role::Admin };
    case Permissions::Action::HearEscalations:
        return { Role::AccountManager, Role::HeadOfSupport, Role::Admin };
    }
    return {};
}

} // namespace

Permissions Permissions::everything()
{
    Permissions permissions;
    permissions.m_everything = true;
    return permissions;
}

Permissions Permissions::forRoles(const QList<Role>& roles)
{
    Permissions permissions;
    permissions.m_roles = roles;
    return permissions;
}

bool Permissions::allows(Action action) const
{
    if (m_everything) {
        return true;
    }
    const QList<Role> allowed = rolesFor(action);
    return std::any_of(m_roles.cbegin(), m_roles.cend(), [&](Role role) { return allowed.contains(role); });
}

QString Permissions::whoMay(Action action)
{
    switch (action) {
    case Action::FileTicket:
        return Permissions::tr("Only engineers, testers, managers and administrators file requests.");
    case Action::ResolveQuarantine:
        return Permissions::tr("Only engineers, managers and administrators release or discard "
                               "quarantined mail.");
    case Action::EditChecklist:
        return Permissions::tr("Only the project's tester, managers and administrators edit the "
                               "checklist.");
    case Action::RunTesting:
        return Permissions::tr("Only testers, managers and administrators start testing runs.");
    case Action::HearEscalations:
        return Permissions::tr("Escalations are announced to managers and administrators.");
    }
    return {};
}

} // namespace dd
