#include "ui/reports/WorkLogWidget.h"

#include "core/billing/WorkLogService.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/settings/ConsoleSettings.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

namespace {

struct RunningTimer
{
    qint64 ticketId = 0;
    qint64 number = 0;
    QDateTime started;
};

// The one running timer of this desktop, kept in the settings so it outlives the pane and the console.
std::optional<RunningTimer> runningTimer()
{
    const QStringList parts
        = ConsoleSettings::value(ConsoleSettings::Key::WorkTimer).toString().split(QLatin1Char(':'));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    return RunningTimer { parts.at(0).toLongLong(), parts.at(1).toLongLong(),
                          QDateTime::fromSecsSinceEpoch(parts.at(2).toLongLong(), QTimeZone::utc()) };
}

// "15:05" today, "12.10.2026 15:05" another day: what parseWorkTime reads back.
QString timeText(const QDateTime& instant, const QDateTime& now)
{
    const QDateTime moscow = toMoscow(instant);
    return moscow.date() == toMoscow(now).date() ? moscow.toString(QStringLiteral("HH:mm"))
                                                 : moscow.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace

WorkLogWidget::WorkLogWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workLog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("workLogTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Start (Moscow)"), tr("End"), tr("Who"), tr("Normal"), tr("Double"), tr("What was done") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("workLogTotal"));
    layout->addWidget(m_totalLabel);
    createForm();
    createTimer();
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(m_table->currentRow() >= 0); });
}

void WorkLogWidget::createForm()
{
    auto* form = new QFormLayout;
    const auto field = [this, form](const char* name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_from = field("workFrom", tr("From (Moscow time):"), tr("09:30 today, or 12.10.2026 09:30"));
    m_to = field("workTo", tr("To:"), tr("18:00 today; empty with a duration"));
    m_duration = field("workDuration", tr("Or duration:"), tr("1:30, 90 мин, 1ч 30м, 1,5 ч"));
    m_note = field("workNote", tr("What was done:"), QString());
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("workLogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout()->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeWork"));
    m_removeButton->setEnabled(false);
    m_addButton = new QPushButton(tr("Log time"), this);
    m_addButton->setObjectName(QStringLiteral("addWork"));
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    static_cast<QVBoxLayout*>(layout())->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &WorkLogWidget::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &WorkLogWidget::removeSelected);
}

void WorkLogWidget::createTimer()
{
    // The bar lives in the pane's header (the pane takes it); the action carries the shortcut.
    m_timerBar = new QWidget(this);
    m_timerBar->setObjectName(QStringLiteral("workTimerBar"));
    auto* bar = new QHBoxLayout(m_timerBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_timerAction = new QAction(tr("Start work timer"), m_timerBar);
    m_timerAction->setObjectName(QStringLiteral("workTimerAction"));
    m_timerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_timerAction->setShortcutContext(Qt::WindowShortcut);
    m_timerBar->addAction(m_timerAction);
    auto* button = new QToolButton(m_timerBar);
    button->setObjectName(QStringLiteral("workTimerButton"));
    button->setDefaultAction(m_timerAction);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(button);
    m_timerLabel = new QLabel(m_timerBar);
    m_timerLabel->setObjectName(QStringLiteral("workTimerLabel"));
    m_timerLabel->setTextFormat(Qt::PlainText);
    bar->addWidget(m_timerLabel);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WorkLogWidget::updateTimer);
    connect(m_timerAction, &QAction::triggered, this, &WorkLogWidget::toggleTimer);
    updateTimer();
}

void WorkLogWidget::updateTimer()
{
    const auto timer = runningTimer();
    if (!timer) {
        m_tick->stop();
        m_timerLabel->clear();
        m_timerAction->setText(tr("Start work timer"));
        m_timerAction->setEnabled(m_ticketId != 0);
        return;
    }
    const qint64 seconds = std::max<qint64>(0, timer->started.secsTo(Clock::current().nowUtc()));
    const QString running = QStringLiteral("%1:%2:%3")
                                .arg(seconds / 3600)
                                .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const bool here = timer->ticketId == m_ticketId;
    m_timerLabel->setText(here ? tr("timer %1").arg(running) : tr("timer %1 on #%2").arg(running).arg(timer->number));
    m_timerAction->setText(here ? tr("Stop work timer") : tr("Start work timer"));
    // One timer at a time: it is stopped on its own ticket.
    m_timerAction->setEnabled(here);
    m_timerAction->setToolTip(here ? QString() : tr("The timer runs on #%1; stop it there").arg(timer->number));
    if (!m_tick->isActive()) {
        m_tick->start();
    }
}

void WorkLogWidget::toggleTimer()
{
    if (m_ticketId == 0) {
        return;
    }
    const QDateTime now = Clock::current().nowUtc();
    const auto timer = runningTimer();
    if (!timer) {
        ConsoleSettings::setValue(ConsoleSettings::Key::WorkTimer,
                                  QStringLiteral("%1:%2:%3").arg(m_ticketId).arg(m_number).arg(now.toSecsSinceEpoch()));
        updateTimer();
        return;
    }
    if (timer->ticketId != m_ticketId) {
        return;
    }
    ConsoleSettings::setValue(ConsoleSettings::Key::WorkTimer, QString());
    // The entry opens with its period; the user says what was done and logs it.
    m_from->setText(timeText(timer->started, now));
    m_to->setText(timeText(now, now));
    m_duration->clear();
    m_error->hide();
    updateTimer();
    emit timerStopped();
    m_note->setFocus();
}

void WorkLogWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

WorkLogWidget::~WorkLogWidget() = default;

void WorkLogWidget::setContext(const Database* database, const SlaEngine* engine, const Actor& actor)
{
    m_service = database && engine ? std::make_unique<WorkLogService>(*database, *engine) : nullptr;
    m_actor = actor;
}

Status WorkLogWidget::setTicket(qint64 ticketId, qint64 number)
{
    m_ticketId = ticketId;
    m_number = number;
    m_arrived = {};
    m_to->clear();
    m_duration->clear();
    m_error->hide();
    Status loaded = reload();
    // An hour before now, the typical "I just spent an hour on it", but not before the ticket arrived.
    const QDateTime now = Clock::current().nowUtc();
    m_from->setText(timeText(defaultWorkStart(m_arrived, now), now));
    updateTimer();
    return loaded;
}

Status WorkLogWidget::reload()
{
    m_table->setRowCount(0);
    m_entries.clear();
    m_total = {};
    if (!m_service || m_ticketId == 0) {
        return Done {};
    }
    auto log = m_service->forTicket(m_ticketId);
    if (!log) {
        return log.error();
    }
    m_total = log->total;
    m_arrived = log->arrived;
    m_table->setRowCount(static_cast<int>(log->entries.size()));
    for (int row = 0; row < log->entries.size(); ++row) {
        const BilledWorkLogEntry& line = log->entries.at(row);
        const WorkLogEntry& e = line.entry;
        m_entries << e;
        const QStringList cells { formatMoscowDateTime(e.started),
                                  QLocale().toString(toMoscow(e.finished).time(), QLocale::ShortFormat),
                                  e.userName.isEmpty() ? e.userLogin : e.userName,
                                  formatDuration(line.billed.normalSeconds),
                                  line.billingError.isEmpty() ? formatDuration(line.billed.doubleSeconds)
                                                              : line.billingError,
                                  e.note };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_totalLabel->setText(tr("Total: %1 at normal rate, %2 at double rate")
                              .arg(formatDuration(m_total.normalSeconds), formatDuration(m_total.doubleSeconds)));
    return Done {};
}

void WorkLogWidget::addEntry()
{
    m_error->hide();
    if (!m_service || m_ticketId == 0) {
        return;
    }
    if (m_actor.userId == 0) {
        showError(tr("“%1” is not a user of this database").arg(m_actor.login));
        return;
    }
    // Core reads the times and checks the period (docs/rules.md#work-log); the form only shows why not.
    auto period = workPeriodFromInput(m_from->text(), m_to->text(), m_duration->text(), Clock::current().nowUtc());
    if (!period) {
        showError(period.error().message);
        return;
    }
    WorkLogEntry entry;
    entry.ticketId = m_ticketId;
    entry.userId = m_actor.userId;
    entry.started = period->started;
    entry.finished = period->finished;
    entry.note = m_note->text();
    auto added = m_service->add(entry);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_to->clear();
    m_duration->clear();
    m_note->clear();
    if (auto done = reload(); !done) {
        showError(done.error().message);
    }
    emit entryAdded(added->id);
}

void WorkLogWidget::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_service || row < 0 || row >= m_entries.size()) {
        return;
    }
    if (auto removed = m_service->remove(m_entries.at(row).id); !removed) {
        m_error->setText(removed.error().message);
        m_error->show();
        return;
    }
    // Removed, but the list may no longer say so: tell rather than show a stale table.
    if (auto done = reload(); !done) {
        m_error->setText(done.error().message);
        m_error->show();
    }
}

} // namespace dd
