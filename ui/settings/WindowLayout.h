#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace dd {

// The console's layout between starts: window geometry, docks, splitters, the queue's
// columns and sort, the last filter. Kept in the desktop's settings (group "layout"),
// never in the shared database: each engineer arranges their own screen.
class WindowLayout
{
public:
    static QByteArray state(const QString& part);
    static void setState(const QString& part, const QByteArray& state);
    static QVariant value(const QString& part, const QVariant& fallback = {});
    static void setValue(const QString& part, const QVariant& value);
};

} // namespace dd
