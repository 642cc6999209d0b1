#pragma once

#include "Command.h"

#include <QCommandLineParser>

namespace dd::ctl {

// dutydeskctl user set LOGIN [--name N] [--email E] [--phone P] [--role R…] and
// user deactivate LOGIN [--reassign-to LOGIN]: parts of UserCommand (AdminCommands.cpp).
Subcommand userSetSubcommand();
Subcommand userDeactivateSubcommand();

} // namespace dd::ctl
