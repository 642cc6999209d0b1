#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl feedback rate|reopen|escalate|handle|escalations — after resolution the
// client's rating and reopening, and escalations to the head of support (docs/rules.md#tickets).
class FeedbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::FeedbackCommand)

public:
    QString name() const override { return QStringLiteral("feedback"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int rate(CommandContext& ctx, const QCommandLineParser& parser);
    static int change(CommandContext& ctx, const QCommandLineParser& parser, const QString& what);
    static int escalations(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
