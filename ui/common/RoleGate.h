#pragma once

#include "core/domain/Permissions.h"

class QAction;
class QWidget;

namespace dd {

class Database;
struct Actor;

// Disables a control whose action the person's roles do not allow and says in its
// tooltip who may (docs/shared-database.md#ui). `enabled` is what the control would be
// otherwise (a selection, an open item); `tip` its usual tooltip.
class RoleGate
{
public:
    // The person's permissions as the database tells them. When it cannot (an outage),
    // everything is offered: the server refuses what it must when the write comes.
    static Permissions permissions(const Database& database, const Actor& actor);
    static void apply(QWidget* control, const Permissions& permissions, Permissions::Action action, bool enabled,
                      const QString& tip = {});
    static void apply(QAction* control, const Permissions& permissions, Permissions::Action action, bool enabled,
                      const QString& tip = {});
};

} // namespace dd
