#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/User.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {

class TicketService;

// Change after triage (issue 15): the assignee (typeable; "Take it" assigns the console's
// user), level, category, page URL and steps to reproduce of a registered ticket, saved
// as one versioned change with one history event per field. A stale edit is refused
// naming who changed what, and the input stays for a deliberate second Apply.
class TriageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TriageEditor(QWidget* parent = nullptr);

    void setService(const TicketService* service);
    void setUsers(const QList<User>& users);
    // A refresh of the same ticket keeps what the user changed and not yet applied.
    void showTicket(const Ticket& ticket);
    bool isDirty() const { return m_dirty; }
    QString message() const;

signals:
    void ticketChanged(qint64 ticketId);

public slots:
    void takeIt();
    void apply();

private:
    void addAssigneeRow(QFormLayout* form);
    void addClassificationRows(QFormLayout* form);
    void addReproductionRows(QFormLayout* form);
    void addButtonRow(QFormLayout* form);
    void connectFields();
    void fill(const Ticket& ticket);
    void markDirty();
    void showMessage(const QString& text, bool error);

    const TicketService* m_service = nullptr;
    Ticket m_ticket;
    qint64 m_baseVersion = 0; // the version the input is based on
    bool m_dirty = false;
    bool m_filling = false;

    QComboBox* m_assignee = nullptr;
    QPushButton* m_takeIt = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_pageUrl = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dd
