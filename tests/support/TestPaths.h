#pragma once

#include <QString>

namespace dd::test {

// The source and build trees, as set by dutydesk_add_test's environment.
QString sourceDir();
QString binaryDir();
// A built program by its target name, e.g. "dutydeskctl".
QString programPath(const QString& targetName);

} // namespace dd::test
