#include "ui/settings/WindowLayout.h"

#include <QSettings>

namespace dd {

namespace {

QString key(const QString& part)
{
    return QStringLiteral("layout/") + part;
}

} // namespace

QByteArray WindowLayout::state(const QString& part)
{
    return QSettings().value(key(part)).toByteArray();
}

void WindowLayout::setState(const QString& part, const QByteArray& state)
{
    QSettings().setValue(key(part), state);
}

QVariant WindowLayout::value(const QString& part, const QVariant& fallback)
{
    return QSettings().value(key(part), fallback);
}

void WindowLayout::setValue(const QString& part, const QVariant& value)
{
    QSettings().setValue(key(part), value);
}

} // namespace dd
