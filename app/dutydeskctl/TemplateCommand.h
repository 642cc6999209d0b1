#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl template list|add|edit — the canned answers replies start from (issue 15).
class TemplateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::TemplateCommand)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int list(CommandContext& ctx, const QCommandLineParser& parser);
    static int write(CommandContext& ctx, const QCommandLineParser& parser, bool add);
};

} // namespace dd::ctl
