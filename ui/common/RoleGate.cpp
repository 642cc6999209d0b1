#include "ui/common/RoleGate.h"

#include "core/storage/SessionIdentity.h"

#include <QAction>
#include <QWidget>

namespace dd {

Permissions RoleGate::permissions(const Database& database, const Actor& actor)
{
    auto asked = SessionIdentity::permissions(database, actor);
    return asked ? *asked : Permissions::everything();
}

void RoleGate::apply(QWidget* control, const Permissions& permissions, Permissions::Action action, bool enabled,
                     const QString& tip)
{
    const bool allowed = permissions.allows(action);
    control->setEnabled(enabled && allowed);
    control->setToolTip(allowed ? tip : Permissions::whoMay(action));
    // Disabled widgets show no tooltip by default; this one must explain itself.
    control->setAttribute(Qt::WA_AlwaysShowToolTips, !allowed);
}

void RoleGate::apply(QAction* control, const Permissions& permissions, Permissions::Action action, bool enabled,
                     const QString& tip)
{
    const bool allowed = permissions.allows(action);
    control->setEnabled(enabled && allowed);
    control->setToolTip(allowed ? (tip.isEmpty() ? control->text().remove(QLatin1Char('&')) : tip)
                                : Permissions::whoMay(action));
    control->setStatusTip(allowed ? QString() : Permissions::whoMay(action));
}

} // namespace dd
