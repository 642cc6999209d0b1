#include "ui/widgets/BreachNotifier.h"

#include "ui/common/VocabularyNames.h"
#include "ui/queue/QueueModel.h"
#include "ui/settings/ConsoleSettings.h"

#include <QPainter>
#include <QSystemTrayIcon>

namespace dd {

namespace {

QIcon iconFor(ClockState worst)
{
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/dutydesk.svg")).pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    if (worst == ClockState::Warning || worst == ClockState::Breached) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(clockStateColor(worst));
        painter.drawEllipse(QRectF(34, 34, 28, 28));
    }
    return QIcon(pixmap);
}

} // namespace

BreachNotifier::BreachNotifier(QueueModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setObjectName(QStringLiteral("breachTrayIcon"));
    m_tray->setIcon(iconFor(m_worst));
    m_tray->setToolTip(tr("Dutydesk"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
    connect(model, &QueueModel::clockStateChanged, this, &BreachNotifier::clockStateChanged);
}

BreachNotifier::~BreachNotifier() = default;

void BreachNotifier::clockStateChanged(qint64 ticketId, ClockState from, ClockState to)
{
    Q_UNUSED(from);
    if (to != ClockState::Warning && to != ClockState::Breached) {
        return;
    }
    const int row = m_model->rowOfTicket(ticketId);
    if (row < 0) {
        return;
    }
    const QueueEntry& entry = m_model->entry(row);
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(ticketId)
                            .arg(entry.shown ? entry.shown->started : 0)
                            .arg(static_cast<int>(to));
    if (m_announced.contains(key)) {
        return;
    }
    m_announced.insert(key);
    updateWorstState();
    if (!ConsoleSettings::value(ConsoleSettings::Key::NotifyDesktop).toBool()) {
        return;
    }
    const Ticket& t = entry.ticket;
    const QString title = to == ClockState::Breached ? tr("#%1 breached its SLA").arg(t.number)
                                                     : tr("#%1 is close to breaching its SLA").arg(t.number);
    const QString clock = entry.shown ? clockKindName(entry.shown->kind) : QString();
    const QString text = tr("%1 — %2\n%3: %4 left")
                             .arg(t.projectName, t.subject, clock, formatCountdown(m_model->reading(row).remaining));
    ++m_count;
    if (m_tray->isVisible()) {
        m_tray->showMessage(title, text,
                            to == ClockState::Breached ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
    }
    emit notified(ticketId, to, title, text);
}

void BreachNotifier::updateWorstState()
{
    ClockState worst = ClockState::Met;
    int warnings = 0;
    int breaches = 0;
    for (const QueueEntry& entry : m_model->entries()) {
        if (!entry.open || !entry.shown) {
            continue;
        }
        warnings += entry.state == ClockState::Warning ? 1 : 0;
        breaches += entry.state == ClockState::Breached ? 1 : 0;
        if (clockStateSeverity(entry.state) > clockStateSeverity(worst)) {
            worst = entry.state;
        }
    }
    m_tray->setToolTip(tr("Dutydesk: %1 breached, %2 in warning").arg(breaches).arg(warnings));
    if (worst != m_worst) {
        m_worst = worst;
        m_tray->setIcon(iconFor(worst));
    }
}

} // namespace dd
