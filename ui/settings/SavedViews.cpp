#include "ui/settings/SavedViews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace dd {

namespace {

QString key(const QString& login)
{
    // Per login: two engineers sharing a desktop account keep their own views.
    return QStringLiteral("views/") + (login.isEmpty() ? QStringLiteral("_") : login);
}

QJsonObject toJson(const SavedView& view)
{
    return { { QStringLiteral("name"), view.name },         { QStringLiteral("filters"), view.quickFilters },
             { QStringLiteral("closed"), view.showClosed }, { QStringLiteral("search"), view.search },
             { QStringLiteral("client"), view.clientId },   { QStringLiteral("project"), view.projectId },
             { QStringLiteral("sort"), view.sortColumn },   { QStringLiteral("descending"), view.sortDescending } };
}

SavedView fromJson(const QJsonObject& object)
{
    SavedView view;
    view.name = object.value(QStringLiteral("name")).toString();
    view.quickFilters = object.value(QStringLiteral("filters")).toInt();
    view.showClosed = object.value(QStringLiteral("closed")).toBool();
    view.search = object.value(QStringLiteral("search")).toString();
    view.clientId = object.value(QStringLiteral("client")).toInteger();
    view.projectId = object.value(QStringLiteral("project")).toInteger();
    view.sortColumn = object.value(QStringLiteral("sort")).toInt(-1);
    view.sortDescending = object.value(QStringLiteral("descending")).toBool();
    return view;
}

void store(const QString& login, const QList<SavedView>& views)
{
    QJsonArray array;
    for (const SavedView& view : views) {
        array.append(toJson(view));
    }
    QSettings().setValue(key(login), QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QList<SavedView> SavedViews::load(const QString& login)
{
    QList<SavedView> views;
    // A hand-edited, broken value is no views rather than a console that cannot start.
    const QJsonArray array = QJsonDocument::fromJson(QSettings().value(key(login)).toByteArray()).array();
    for (const auto& value : array) {
        SavedView view = fromJson(value.toObject());
        if (!view.name.trimmed().isEmpty()) {
            views.append(view);
        }
    }
    return views;
}

void SavedViews::save(const QString& login, const SavedView& view)
{
    QList<SavedView> views = load(login);
    const auto same
        = std::find_if(views.begin(), views.end(), [&view](const SavedView& known) { return known.name == view.name; });
    if (same != views.end()) {
        *same = view;
    } else {
        views.append(view);
    }
    store(login, views);
}

void SavedViews::remove(const QString& login, const QString& name)
{
    QList<SavedView> views = load(login);
    views.erase(
        std::remove_if(views.begin(), views.end(), [&name](const SavedView& view) { return view.name == name; }),
        views.end());
    store(login, views);
}

} // namespace dd
