#include "ui/reports/WorkLogWidget.h"

#include "core/billing/WorkLogService.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/common/DateTimeFormat.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dd {

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

    auto* form = new QFormLayout;
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("workFrom"));
    m_from->setDisplayFormat(editorFormat(true));
    m_from->setTimeSpec(Qt::UTC); // shown in Moscow time: converted on reading and writing
    form->addRow(tr("Start (Moscow time):"), m_from);
    m_toOrDuration = new QLineEdit(this);
    m_toOrDuration->setObjectName(QStringLiteral("workToOrDuration"));
    m_toOrDuration->setPlaceholderText(tr("end (2026-10-12 18:00) or duration (90m, 1h30m, 1:30)"));
    form->addRow(tr("End or duration:"), m_toOrDuration);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("workNote"));
    form->addRow(tr("What was done:"), m_note);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("workLogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeWork"));
    m_removeButton->setEnabled(false);
    m_addButton = new QPushButton(tr("Log time"), this);
    m_addButton->setObjectName(QStringLiteral("addWork"));
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &WorkLogWidget::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &WorkLogWidget::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(m_table->currentRow() >= 0); });
}

WorkLogWidget::~WorkLogWidget() = default;

void WorkLogWidget::setContext(const Database* database, const SlaEngine* engine, const Actor& actor)
{
    m_service = database && engine ? std::make_unique<WorkLogService>(*database, *engine) : nullptr;
    m_actor = actor;
}

Status WorkLogWidget::setTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    // The form starts an hour before now, the typical "I just spent an hour on it".
    const QDateTime start = toMoscow(Clock::current().nowUtc().addSecs(-3600));
    m_from->setDateTime(QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()), QTimeZone::utc()));
    return reload();
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
    // The editor shows Moscow wall time in a UTC-spec QDateTime; read it back as Moscow.
    const QDateTime shown = m_from->dateTime();
    const QDateTime from = QDateTime(shown.date(), shown.time(), moscowZone()).toUTC();
    const QString text = m_toOrDuration->text().trimmed();
    QDateTime to;
    if (const auto seconds = parseWorkDuration(text)) {
        to = from.addSecs(*seconds);
    } else if (auto end = parseInstant(text); end) {
        to = *end;
    } else {
        m_error->setText(tr("“%1” is neither an end time nor a duration").arg(text));
        m_error->show();
        return;
    }
    if (m_actor.userId == 0) {
        m_error->setText(tr("“%1” is not a user of this database").arg(m_actor.login));
        m_error->show();
        return;
    }
    WorkLogEntry entry;
    entry.ticketId = m_ticketId;
    entry.userId = m_actor.userId;
    entry.started = from;
    entry.finished = to;
    entry.note = m_note->text();
    auto added = m_service->add(entry);
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    m_toOrDuration->clear();
    m_note->clear();
    if (auto done = reload(); !done) {
        m_error->setText(done.error().message);
        m_error->show();
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
