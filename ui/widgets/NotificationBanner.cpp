#include "ui/widgets/NotificationBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

NotificationBanner::NotificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    colours.setColor(QPalette::WindowText, QColor(0x3b, 0x2a, 0x00));
    setPalette(colours);
    // Subjects are the clients' words: never rich text.
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("bannerOpenButton"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerCloseButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(texts, 1);
    layout->addWidget(m_open);
    layout->addWidget(close);

    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        m_waiting = 0;
        emit openRequested(m_ticketId);
    });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_waiting = 0;
    });
    hide();
}

void NotificationBanner::showAlert(const DesktopNotifications::Alert& alert)
{
    m_waiting = isVisible() ? m_waiting + 1 : 0;
    m_ticketId = alert.ticketId;
    m_title->setText(m_waiting > 0 ? tr("%1 (and %n more)", nullptr, m_waiting).arg(alert.title) : alert.title);
    m_text->setText(alert.text);
    m_open->setVisible(alert.ticketId != 0);
    show();
}

QString NotificationBanner::title() const
{
    return m_title->text();
}

} // namespace dd
