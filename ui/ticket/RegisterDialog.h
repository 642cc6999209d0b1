#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/User.h"
#include "ui/ticket/TicketDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dd {

// Triage (docs/rules.md#clocks registration): the category, the level it suggests (docs/rules.md#service-levels, from
// core's Categories), the assignee. Accepting stops the reaction clock.
class RegisterDialog : public TicketDialog
{
    Q_OBJECT

public:
    RegisterDialog(const Ticket& ticket, const QList<User>& users, qint64 defaultAssigneeId, QWidget* parent = nullptr);

    QString category() const;
    QString level() const;
    qint64 assigneeId() const;
    QString comment() const;

    void setCategory(const QString& slug);

private:
    void suggestLevel();

    QComboBox* m_category;
    QCheckBox* m_urgent;
    QComboBox* m_level;
    QLabel* m_suggestion;
    QComboBox* m_assignee;
    QLineEdit* m_comment;
};

} // namespace dd
