#pragma once

#include "ui/ticket/TicketDialog.h"

class QLineEdit;
class QSpinBox;

namespace dd {

// The client's rating of a resolved ticket (docs/rules.md#tickets), entered by whoever took it by
// phone or messenger: 1–5 and, optionally, what the client said.
class RatingDialog : public TicketDialog
{
    Q_OBJECT

public:
    RatingDialog(qint64 ticketNumber, QWidget* parent = nullptr);

    int rating() const;
    QString comment() const;

private:
    QSpinBox* m_rating;
    QLineEdit* m_comment;
};

} // namespace dd
