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
    int rate(CommandContext& ctx);
    int change(CommandContext& ctx, const QString& what);
    int escalations(CommandContext& ctx);
};

} // namespace dd::ctl
