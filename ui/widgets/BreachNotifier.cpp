#include "ui/widgets/BreachNotifier.h"

#include "ui/common/VocabularyNames.h"
#include "ui/queue/QueueModel.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/widgets/DesktopNotifications.h"

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
    , m_desktop(new DesktopNotifications(m_tray, this))
{
    m_tray->setObjectName(QStringLiteral("breachTrayIcon"));
    m_tray->setIcon(iconFor(m_worst));
    m_tray->setToolTip(tr("Dutydesk"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
    connect(model, &QueueModel::clockStateChanged, this, &BreachNotifier::clockStateChanged);
    // The first load resets the model; rows inserted later are tickets that just arrived.
    connect(model, &QueueModel::rowsInserted, this, &BreachNotifier::rowsArrived);
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
    const Ticket& t = entry.ticket;
    const QString title = to == ClockState::Breached ? tr("#%1 breached its SLA").arg(t.number)
                                                     : tr("#%1 is close to breaching its SLA").arg(t.number);
    const QString clock = entry.shown ? clockKindName(entry.shown->kind) : QString();
    const QString text = tr("%1 — %2\n%3: %4 left")
                             .arg(t.projectName, t.subject, clock, formatCountdown(m_model->reading(row).remaining));
    alert(ticketId, to, title, text,
          to == ClockState::Breached ? DesktopNotifications::Urgency::Critical : DesktopNotifications::Urgency::Normal);
}

void BreachNotifier::rowsArrived(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    for (int row = first; row <= last; ++row) {
        const QueueEntry& entry = m_model->entry(row);
        const Ticket& t = entry.ticket;
        // An emergency cannot wait for its warning (docs/rules.md#service-levels): the
        // team hears of it the moment it arrives.
        if (!entry.open || t.level != QLatin1String("emergency") || t.status != TicketStatus::New) {
            continue;
        }
        const QString key = QStringLiteral("%1/arrived").arg(t.id);
        if (m_announced.contains(key)) {
            continue;
        }
        m_announced.insert(key);
        const QString title = tr("New emergency ticket #%1").arg(t.number);
        const QString text = tr("%1 — %2").arg(t.projectName, t.subject);
        alert(t.id, entry.state, title, text, DesktopNotifications::Urgency::Critical);
    }
}

void BreachNotifier::alert(qint64 ticketId, ClockState state, const QString& title, const QString& text,
                           DesktopNotifications::Urgency urgency)
{
    ++m_count;
    // Read at each alert: a change in the settings dialog counts from the next one.
    m_desktop->setDesktopEnabled(ConsoleSettings::value(ConsoleSettings::Key::NotifyDesktop).toBool());
    m_desktop->setSoundEnabled(ConsoleSettings::value(ConsoleSettings::Key::NotifySound).toBool());
    m_desktop->show({ ticketId, title, text, urgency });
    emit notified(ticketId, state, title, text);
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
    if (breaches != m_breaches || warnings != m_warnings) {
        m_breaches = breaches;
        m_warnings = warnings;
        emit countsChanged(breaches, warnings);
    }
    if (worst != m_worst) {
        m_worst = worst;
        m_tray->setIcon(iconFor(worst));
    }
}

} // namespace dd
