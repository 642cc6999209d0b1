#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl quarantine list|show|release|discard — mail the intake held back
// (docs/mail-intake.md), with the rules the console's quarantine dialog uses
// (core/intake/QuarantineService).
class QuarantineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::QuarantineCommand)

public:
    QString name() const override { return QStringLiteral("quarantine"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int list(CommandContext& ctx, const QCommandLineParser& parser);
    static int show(CommandContext& ctx, const QCommandLineParser& parser);
    static int release(CommandContext& ctx, const QCommandLineParser& parser);
    static int discard(CommandContext& ctx, const QCommandLineParser& parser);
};

// dutydeskctl ticket raw TICKET MESSAGE [--output FILE]: the original of a filed mail.
Subcommand ticketRawSubcommand();

} // namespace dd::ctl
