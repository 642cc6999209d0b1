#include "ui/common/DataSize.h"

#include <QCoreApplication>
#include <QLocale>

namespace dd {

QString formatDataSize(qint64 bytes)
{
    if (bytes < 1024) {
        return DataSize::tr("%n byte(s)", nullptr, int(bytes));
    }
    static const char* const units[]
        = { QT_TRANSLATE_NOOP("dd::DataSize", "KB"), QT_TRANSLATE_NOOP("dd::DataSize", "MB"),
            QT_TRANSLATE_NOOP("dd::DataSize", "GB"), QT_TRANSLATE_NOOP("dd::DataSize", "TB") };
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    // One decimal below ten ("2,1 КБ"), whole numbers above ("14 МБ").
    const QString number = QLocale().toString(value, 'f', value < 10.0 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(number, DataSize::tr(units[unit]));
}

} // namespace dd
