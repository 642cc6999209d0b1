#pragma once

#include "core/billing/BillingSplit.h"
#include "core/billing/WorkLogEntry.h"
#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QList>
#include <QWidget>

#include <memory>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {

class Database;
class SlaEngine;
class WorkLogService;

// The work log of one ticket, for the ticket pane (docs/rules.md#work-log): the entries with how each
// is billed (normal / double rate, BillingSplit), and a form to log time as start–end or
// start + duration with a note. The ticket pane embeds it and calls setTicket().
class WorkLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WorkLogWidget(QWidget* parent = nullptr);
    ~WorkLogWidget() override;

    // Who logs (the console's user) and where; the engine bills with the shared calendar.
    void setContext(const Database* database, const SlaEngine* engine, const Actor& actor);
    Status setTicket(qint64 ticketId);

    const QList<WorkLogEntry>& entries() const { return m_entries; }
    BilledTime total() const { return m_total; }

signals:
    void entryAdded(qint64 entryId);

public slots:
    Status reload();

private slots:
    void addEntry();
    void removeSelected();

private:
    std::unique_ptr<WorkLogService> m_service; // none until there is a database and an engine
    Actor m_actor;
    qint64 m_ticketId = 0;
    QList<WorkLogEntry> m_entries;
    BilledTime m_total;

    QTableWidget* m_table = nullptr;
    QLabel* m_totalLabel = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QLineEdit* m_toOrDuration = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace dd
