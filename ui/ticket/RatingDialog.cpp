#include "ui/ticket/RatingDialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

RatingDialog::RatingDialog(qint64 ticketNumber, QWidget* parent)
    : TicketDialog(tr("Client rating of #%1").arg(ticketNumber), parent)
    , m_rating(new QSpinBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ratingDialog"));
    m_rating->setObjectName(QStringLiteral("ratingValue"));
    m_rating->setRange(1, 5);
    m_rating->setValue(5);
    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_comment->setPlaceholderText(tr("optional"));
    auto* form = new QFormLayout;
    form->addRow(tr("Rating (1–5):"), m_rating);
    form->addRow(tr("Client's comment:"), m_comment);
    formLayout()->addLayout(form);
}

int RatingDialog::rating() const
{
    return m_rating->value();
}

QString RatingDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace dd
