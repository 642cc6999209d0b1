#include "TestPaths.h"

#include <QDirIterator>
#include <QFileInfo>

namespace dd::test {

QString sourceDir()
{
    return qEnvironmentVariable("DUTYDESK_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("DUTYDESK_BINARY_DIR");
}

QString programPath(const QString& targetName)
{
    QString appDir = binaryDir() + QStringLiteral("/app/") + targetName + QLatin1Char('/') + targetName;
    if (QFileInfo(appDir).isExecutable()) {
        return appDir;
    }
    QDirIterator it(binaryDir(), { targetName }, QDir::Files | QDir::Executable, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace dd::test
