#include "tests/support/ProcessRunner.h"

#include "tests/support/TestPaths.h"

#include <QProcess>

namespace dd::test {

ProcessRun runProgram(const QString& program, const QStringList& arguments, const ProcessOptions& options)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : options.environment) {
        if (value.isNull()) {
            environment.remove(name);
        } else {
            environment.insert(name, value);
        }
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForStarted()) {
        result.err = process.errorString();
        return result;
    }
    process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(options.timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessRun runBuilt(const QString& targetName, const QStringList& arguments, const ProcessOptions& options)
{
    return runProgram(programPath(targetName), arguments, options);
}

} // namespace dd::test
