#include "ui/ticket/ClientMessageDialog.h"

#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/VocabularyNames.h"

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
    // Mail arrives through the intake, never by hand.
    for (Channel channel : { Channel::Phone, Channel::Telegram, Channel::Whatsapp, Channel::Viber }) {
        m_channel->addItem(channelName(channel), toSlug(channel));
    }
    // Moscow wall time, as NewRequestDialog shows it (Qt 6.4's QDateTimeEdit has no zone).
    const QDateTime moscow = toMoscow(Clock::current().nowUtc());
    m_arrived->setTimeSpec(Qt::UTC);
    m_arrived->setDateTime(QDateTime(moscow.date(), QTime(moscow.time().hour(), moscow.time().minute()), Qt::UTC));
    m_arrived->setDisplayFormat(editorFormat(true));
    m_arrived->setCalendarPopup(true);
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
    const QDateTime wall = m_arrived->dateTime();
    return QDateTime(wall.date(), wall.time(), moscowZone()).toUTC();
}

QString ClientMessageDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace dd
