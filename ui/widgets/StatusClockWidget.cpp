#include "ui/widgets/StatusClockWidget.h"

#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QFontDatabase>
#include <QHBoxLayout>

#include <cstdlib>

namespace dd {

StatusClockWidget::StatusClockWidget(QWidget* parent)
    : QWidget(parent)
    , m_moscowLabel(new QLabel(this))
    , m_localLabel(new QLabel(this))
    , m_localZone(QTimeZone::systemTimeZone())
{
    m_moscowLabel->setObjectName(QStringLiteral("moscowClock"));
    m_localLabel->setObjectName(QStringLiteral("localClock"));
    // Fixed-width digits keep the text from jittering as the seconds change.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(m_moscowLabel->font().pointSizeF());
    m_localLabel->setFont(font);
    QFont bold = font;
    bold.setBold(true);
    m_moscowLabel->setFont(bold);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(12);
    layout->addWidget(m_moscowLabel);
    layout->addWidget(m_localLabel);

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleNextTick();
    });
    refresh();
    scheduleNextTick();
}

void StatusClockWidget::setLocalZone(const QTimeZone& zone)
{
    m_localZone = zone;
    refresh();
}

void StatusClockWidget::refresh()
{
    const QDateTime now = Clock::current().nowUtc();
    const QDateTime moscow = toMoscow(now);
    m_moscowLabel->setText(tr("Moscow %1").arg(moscow.toString(QStringLiteral("HH:mm:ss"))));
    m_moscowLabel->setToolTip(
        tr("Moscow time (service windows): %1").arg(QLocale().toString(moscow, QLocale::LongFormat)));

    const QDateTime local = now.toTimeZone(m_localZone);
    const bool zonesDiffer = local.offsetFromUtc() != moscow.offsetFromUtc();
    m_localLabel->setVisible(zonesDiffer);
    if (zonesDiffer) {
        const int offsetMinutes = std::abs(local.offsetFromUtc()) / 60;
        QString offset = (local.offsetFromUtc() < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            + QString::number(offsetMinutes / 60);
        if (offsetMinutes % 60 != 0) {
            offset += QStringLiteral(":%1").arg(offsetMinutes % 60, 2, 10, QLatin1Char('0'));
        }
        m_localLabel->setText(tr("local %1 (UTC%2)").arg(local.toString(QStringLiteral("HH:mm:ss")), offset));
        m_localLabel->setToolTip(tr("Your desktop's time: %1").arg(QLocale().toString(local, QLocale::LongFormat)));
    }
}

void StatusClockWidget::scheduleNextTick()
{
    // Tick just after each whole second so the displayed second never lags.
    const qint64 msIntoSecond = Clock::current().nowUtc().time().msec();
    m_timer.start(static_cast<int>(1000 - msIntoSecond + 5));
}

} // namespace dd
