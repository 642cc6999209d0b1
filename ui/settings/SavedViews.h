#pragma once

#include <QList>
#include <QString>

namespace dd {

// A named way of looking at the queue: which quick filters, closed tickets or not, the
// search, the project or client, the sort. Saved per engineer on their desktop.
struct SavedView
{
    QString name;
    int quickFilters = 0; // QueueProxyModel::QuickFilters as an int
    bool showClosed = false;
    QString search;
    qint64 clientId = 0;
    qint64 projectId = 0;
    int sortColumn = -1; // -1: the queue order
    bool sortDescending = false;
};

class SavedViews
{
public:
    // The views of `login`, in the order they were first saved.
    static QList<SavedView> load(const QString& login);
    // Adds the view, or replaces the one of the same name.
    static void save(const QString& login, const SavedView& view);
    static void remove(const QString& login, const QString& name);
};

} // namespace dd
