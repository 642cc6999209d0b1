#include "ui/ticket/TicketDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

TicketDialog::TicketDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_ticketTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_form(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    // Conflicts and errors quote what people typed (comments, names): shown as typed.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #7a3e00; border: 1px solid #e08a00; "
                                            "border-radius: 3px; padding: 6px; }"));
    m_ticketTitle->setObjectName(QStringLiteral("dialogTicketTitle"));
    m_ticketTitle->setTextFormat(Qt::PlainText);
    m_ticketTitle->setWordWrap(true);
    m_ticketTitle->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ticketTitle);
    layout->addWidget(m_message);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TicketDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

void TicketDialog::showConflict(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to the current version"));
}

void TicketDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

void TicketDialog::setTicketTitle(const QString& title)
{
    m_ticketTitle->setText(title);
    m_ticketTitle->setVisible(!title.isEmpty());
}

QString TicketDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace dd
