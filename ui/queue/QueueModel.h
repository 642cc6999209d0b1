#pragma once

#include "ui/queue/QueueEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

namespace dd {

class SlaEngine;

// The tickets of the console as a table (docs/rules.md#tickets). Clocks are computed when a ticket
// is loaded; after that the model ticks once a second from dd::Clock and reads each
// countdown from the schedule tables — no database query per tick. A tick changes no
// row (the views repaint their visible countdowns); only a clock that crosses into
// warning or breached changes its row and is announced by clockStateChanged.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, TimeLeft, Level, Subject, Project, Status, Assignee, Arrived, LastActivity, ColumnCount };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        ClockStateRole, // int(ClockState) of the shown clock, -1 without one
        RemainingRole, // qint64 working seconds left (negative overdue), null without a clock
        ShareUsedRole, // double 0…1+, null without a target
        SortRole,
    };

    explicit QueueModel(std::shared_ptr<const SlaEngine> engine, QObject* parent = nullptr);
    ~QueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEngine(std::shared_ptr<const SlaEngine> engine);
    const SlaEngine& engine() const { return *m_engine; }

    // Replaces everything (the first load, a refresh).
    void setEntries(std::vector<QueueEntry> entries);
    // One ticket changed or appeared (another desktop, an action here): its row is
    // updated in place, so selections and scroll positions survive.
    void upsert(QueueEntry entry);
    // Many tickets in one model update (a sync burst, a page of closed tickets): rows
    // known are replaced in place, new ones appended in one insertion.
    void upsertMany(std::vector<QueueEntry> entries);
    void remove(qint64 ticketId);

    const QueueEntry& entry(int row) const { return m_entries[static_cast<size_t>(row)]; }
    const std::vector<QueueEntry>& entries() const { return m_entries; }
    int rowOfTicket(qint64 ticketId) const { return m_rowOfTicket.value(ticketId, -1); }

    // Computes the clocks of a ticket at `now` from its history (for loaders).
    static QueueEntry makeEntry(const SlaEngine& engine, Ticket ticket, const QList<TicketEventRecord>& history,
                                qint64 clientId, const QString& clientName, qint64 now);

    qint64 now() const { return m_now; }
    // The countdown of a row at now(): a lookup in the schedule tables.
    ClockReading reading(int row) const;

    // Ticks once a second while started; tests call tick() themselves.
    void startTicking();
    void stopTicking();

signals:
    // Every tick: views repaint their visible countdowns.
    void ticked();
    // A shown clock crossed from one state to another (once per transition).
    void clockStateChanged(qint64 ticketId, dd::ClockState from, dd::ClockState to);
    // A change that moves tickets between states or projects (counts, worst states).
    void summaryChanged();

public slots:
    // Reads dd::Clock and moves every countdown on.
    void tick();

private:
    // The tooltip of "—" in the time-left column: why no clock runs.
    static QString noClockReason(const QueueEntry& entry);
    QVariant displayData(const QueueEntry& e, int row, int column) const;
    static QVariant toolTipData(const QueueEntry& e, int column);
    void updateState(QueueEntry& entry, int row, bool announce);
    void rebuildIndex();
    void scheduleNextTransition();

    std::shared_ptr<const SlaEngine> m_engine;
    std::vector<QueueEntry> m_entries;
    QHash<qint64, int> m_rowOfTicket;
    qint64 m_now = 0;
    qint64 m_nextTransition = 0; // the earliest warningAt/breachAt still ahead
    QTimer m_timer;
};

} // namespace dd
