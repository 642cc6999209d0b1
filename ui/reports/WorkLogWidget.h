#pragma once

#include "core/billing/BillingSplit.h"
#include "core/billing/WorkLogEntry.h"
#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dd {

class Database;
class SlaEngine;
class WorkLogService;

// The work log of one ticket, for the ticket pane (docs/rules.md#work-log): the entries with how each
// is billed (normal / double rate, BillingSplit), and a form to log time with explicit
// "from" and "to" times ("18:00" is today's 18:00) or a duration ("1:30", "1ч 30м", "1,5 ч").
// A start/stop timer runs per desktop (ConsoleSettings), across tickets and restarts; stopping
// it fills the form. The ticket pane embeds it, shows timerBar() and calls setTicket().
class WorkLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WorkLogWidget(QWidget* parent = nullptr);
    ~WorkLogWidget() override;

    // Who logs (the console's user) and where; the engine bills with the shared calendar.
    void setContext(const Database* database, const SlaEngine* engine, const Actor& actor);
    Status setTicket(qint64 ticketId, qint64 number = 0);

    // The timer's button and running time, for the pane's header; its action has a shortcut.
    QWidget* timerBar() const { return m_timerBar; }
    QAction* timerAction() const { return m_timerAction; }

    const QList<WorkLogEntry>& entries() const { return m_entries; }
    BilledTime total() const { return m_total; }

signals:
    void entryAdded(qint64 entryId);
    // The timer stopped and the form holds its period: the pane shows the work log.
    void timerStopped();

public slots:
    Status reload();
    // Starts the timer on this ticket, or stops it and fills the form.
    void toggleTimer();

private slots:
    void addEntry();
    void removeSelected();

private:
    void createForm();
    void createTimer();
    void updateTimer();
    void showError(const QString& message);

    std::unique_ptr<WorkLogService> m_service; // none until there is a database and an engine
    Actor m_actor;
    qint64 m_ticketId = 0;
    qint64 m_number = 0;
    QDateTime m_arrived;
    QList<WorkLogEntry> m_entries;
    BilledTime m_total;

    QTableWidget* m_table = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_duration = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_timerBar = nullptr;
    QAction* m_timerAction = nullptr;
    QLabel* m_timerLabel = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace dd
