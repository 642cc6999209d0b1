#pragma once

#include "core/sync/RowChange.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace dd {

class ChangeWatcher;

// Gathers the changes a watcher reports over a short window into one refetch per table:
// a burst (an import, a calendar year, a busy minute) becomes one
// TicketRepository::byIds call instead of hundreds.
//
//   ChangeBatcher batcher(*watcher);
//   connect(&batcher, &ChangeBatcher::rowsChanged, model, [&](const QString& table, const QList<qint64>& ids) {
//       if (table == "tickets") model->replace(tickets.byIds(ids));   // ids not returned: remove
//   });
//   connect(&batcher, &ChangeBatcher::tableChanged, model, ...);     // settings, tariffs: reload
class ChangeBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultWindow { 50 };
    // Milliseconds on a monotonic clock; the default is the system's steady clock.
    using TimeSource = std::function<qint64()>;

    explicit ChangeBatcher(QObject* parent = nullptr);
    explicit ChangeBatcher(ChangeWatcher& watcher, QObject* parent = nullptr);

    void setWindow(std::chrono::milliseconds window) { m_window = window; }
    // Tests step a fake time source and call flushIfDue() instead of waiting.
    void setTimeSource(TimeSource source) { m_time = std::move(source); }
    bool isPending() const { return m_windowStart.has_value(); }

public slots:
    void add(const dd::RowChange& change);
    // Emits what is pending now.
    void flush();
    // Emits what is pending if the window that began with the first change is over;
    // otherwise waits for the rest of it. The timer only calls this.
    void flushIfDue();

signals:
    // Sorted ids, each once.
    void rowsChanged(const QString& table, const QList<qint64>& ids);
    // A table without integer keys changed: reload all of it.
    void tableChanged(const QString& table);

private:
    void arm(qint64 remainingMs);

    std::chrono::milliseconds m_window = defaultWindow;
    TimeSource m_time;
    std::optional<qint64> m_windowStart;
    QTimer m_timer;
    QHash<QString, QSet<qint64>> m_rows;
    QSet<QString> m_tables;
};

} // namespace dd
