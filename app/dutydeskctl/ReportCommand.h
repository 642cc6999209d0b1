#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>

namespace dd::ctl {

// dutydeskctl report month YYYY-MM --client C --format csv|pdf -o FILE — the monthly
// client report (docs/rules.md#work-log).
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int month(CommandContext& ctx, const QCommandLineParser& parser);
};

// The application object for a command line: a QGuiApplication for `report … pdf`
// (QPdfWriter needs fonts, which need a GUI application; on a machine without a display
// it runs on the offscreen platform), a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

} // namespace dd::ctl
