#include "ui/ticket/ClientMessageDialog.h"

#include "ui/ticket/ArrivalFields.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dd {

ClientMessageDialog::ClientMessageDialog(qint64 number, QWidget* parent)
    : TicketDialog(tr("Client's message on #%1").arg(number), parent)
    , m_channel(new QComboBox(this))
    , m_arrived(new QDateTimeEdit(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("clientMessageDialog"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_arrived->setObjectName(QStringLiteral("arrivedEdit"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setTabChangesFocus(true);
    fillHandEnteredChannels(m_channel);
    setUpArrivedEdit(m_arrived);
    m_arrived->setProperty("initial", m_arrived->dateTime());
    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Arrived (Moscow time):"), m_arrived);
    form->addRow(tr("What the client said:"), m_text);
    formLayout()->addLayout(form);
    QPushButton* ok = buttons()->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    resize(480, 300);
}

Channel ClientMessageDialog::channel() const
{
    return channelFromSlug(m_channel->currentData().toString()).value_or(Channel::Phone);
}

QDateTime ClientMessageDialog::arrived() const
{
    // Untouched: "now" by the server's clock, not the minute the dialog opened.
    if (m_arrived->dateTime() == m_arrived->property("initial").toDateTime()) {
        return {};
    }
    return arrivedInstant(m_arrived);
}

QString ClientMessageDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace dd
