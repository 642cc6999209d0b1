#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace dd {

// The frame of every ticket dialog: a message line on top for a refused save, the form,
// OK/Cancel. OK does not close the dialog: it emits `submitted`, and whoever saves calls
// accept() on success — on a conflict the dialog stays open with the user's input.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketDialog(const QString& title, QWidget* parent = nullptr);

    // Another desktop changed the ticket: who changed what; the input stays as typed.
    void showConflict(const QString& message);
    void showError(const QString& message);
    QString message() const;
    // "#12 Subject" above the form, so the user sees which ticket they change.
    void setTicketTitle(const QString& title);

    // The ticket version the user's input is based on: set when the dialog opens, moved
    // to the current one after a conflict was shown, so applying again is deliberate.
    qint64 expectedVersion() const { return m_expectedVersion; }
    void setExpectedVersion(qint64 version) { m_expectedVersion = version; }
    qint64 ticketId() const { return m_ticketId; }
    void setTicketId(qint64 id) { m_ticketId = id; }

signals:
    void submitted();

protected:
    QVBoxLayout* formLayout() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLabel* m_ticketTitle;
    QLabel* m_message;
    QVBoxLayout* m_form;
    QDialogButtonBox* m_buttons;
    qint64 m_expectedVersion = 0;
    qint64 m_ticketId = 0;
};

} // namespace dd
