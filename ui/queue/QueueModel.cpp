#include "ui/queue/QueueModel.h"

#include "core/util/MoscowTime.h"

#include "core/domain/TicketFlow.h"
#include "core/sla/SlaEngine.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/PlainText.h"
#include "ui/common/VocabularyNames.h"

#include <QFont>

#include <algorithm>

#include <limits>

namespace dd {

QueueModel::QueueModel(std::shared_ptr<const SlaEngine> engine, QObject* parent)
    : QAbstractTableModel(parent)
    , m_engine(std::move(engine))
    , m_now(Clock::current().nowUtc().toSecsSinceEpoch())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        startTicking();
    });
}

QueueModel::~QueueModel() = default;

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QueueEntry QueueModel::makeEntry(const SlaEngine& engine, Ticket ticket, const QList<TicketEventRecord>& history,
                                 qint64 clientId, const QString& clientName, qint64 now)
{
    QueueEntry entry;
    entry.clientId = clientId;
    entry.clientName = clientName;
    entry.open = TicketFlow::isOpen(ticket.status);
    if (entry.open) {
        const std::vector<TicketEvent> events = TicketSla::clockEvents(history);
        entry.clocks = computeTicketClocks(engine, events, ticket.tariff, now);
        entry.shown = runningClock(entry.clocks);
        if (entry.shown) {
            entry.transitions = clockTransitions(engine, *entry.shown);
            entry.state = entry.transitions ? stateAt(*entry.transitions, now) : entry.shown->state;
        }
    }
    entry.searchText = QStringLiteral("#%1 %2 %3 %4")
                           .arg(ticket.number)
                           .arg(ticket.subject, clientName, ticket.projectName)
                           .toCaseFolded();
    entry.ticket = std::move(ticket);
    return entry;
}

ClockReading QueueModel::reading(int row) const
{
    const QueueEntry& e = entry(row);
    if (!e.shown) {
        return { ClockState::Met, 0 };
    }
    ClockReading reading = readClock(*m_engine, *e.shown, m_now);
    reading.state = e.state; // the state filters and colours agree on
    return reading;
}

// The hot path of a 100,000-ticket queue: one switch on the role, each role its own
// small function over the entry already looked up.
QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QueueEntry& e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, index.row(), index.column());
    case TicketIdRole:
        return e.ticket.id;
    case ClockStateRole:
        return e.shown ? static_cast<int>(e.state) : -1;
    case RemainingRole:
        return e.shown ? QVariant(reading(index.row()).remaining) : QVariant();
    case ShareUsedRole:
        if (!e.shown || !e.shown->hasTarget() || e.shown->isError()) {
            return {};
        }
        return 1.0 - static_cast<double>(reading(index.row()).remaining) / static_cast<double>(e.shown->allowed);
    case Qt::ToolTipRole:
        return toolTipData(e, index.column());
    case Qt::FontRole:
        // Emergencies stand out by their number and level; the rest stays compact.
        if (e.ticket.level == QLatin1String("emergency") && e.open
            && (index.column() == Number || index.column() == Level)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == TimeLeft) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::displayData(const QueueEntry& e, int row, int column) const
{
    const Ticket& t = e.ticket;
    switch (column) {
    case Number:
        return t.number;
    case TimeLeft:
        if (!e.shown) {
            return QStringLiteral("—");
        }
        return e.shown->isError() ? clockStateName(ClockState::Error) : formatCountdown(reading(row).remaining);
    case Level:
        return parseSlaLevel(t.level) ? slaLevelName(*parseSlaLevel(t.level)) : t.level;
    case Subject:
        return t.subject;
    case Project:
        return t.projectShownName();
    case Status:
        return statusInShort(t.status, t.waitingReason);
    case Assignee:
        return t.assigneeName.isEmpty() ? t.assigneeLogin : t.assigneeName;
    case Arrived:
        // Moscow time, as every deadline; the engineer's own clock is in the tooltip.
        return formatMoscowDateTimeCompact(t.arrived); // the year is in the tooltip
    case LastActivity:
        return formatMoscowDateTimeCompact(t.lastActivity());
    default:
        return {};
    }
}

QVariant QueueModel::toolTipData(const QueueEntry& e, int column)
{
    const Ticket& t = e.ticket;
    switch (column) {
    case Project:
        // The column shows the short name: the full one and the client where it is cut.
        return plainToolTip(tr("%1\n%2").arg(t.projectName, e.clientName));
    case Subject:
        return plainToolTip(t.subject);
    case Arrived:
        return moscowDateTimeToolTip(t.arrived);
    case LastActivity:
        return moscowDateTimeToolTip(t.lastActivity());
    case TimeLeft:
        if (!e.shown) {
            return noClockReason(e);
        }
        if (e.shown->isError()) {
            return tr("%1: %2").arg(clockKindName(e.shown->kind), e.shown->error);
        }
        return tr("%1: %2, deadline %3")
            .arg(clockKindName(e.shown->kind), clockStateName(e.state),
                 formatMoscowDateTime(QDateTime::fromSecsSinceEpoch(e.shown->deadline, Qt::UTC)));
    case Status:
        if (t.waitingReason) {
            // The reason in full: the cell has room for a word of it.
            return tr("%1: %2").arg(statusName(t.status), waitingReasonName(*t.waitingReason));
        }
        return {};
    default:
        return {};
    }
}

QString QueueModel::noClockReason(const QueueEntry& entry)
{
    if (!entry.open) {
        return tr("No clock runs: the ticket is %1").arg(statusName(entry.ticket.status));
    }
    const bool excluded = !entry.clocks.empty()
        && std::all_of(
            entry.clocks.begin(), entry.clocks.end(),
            [](const TicketClock& clock) { return clock.isExcluded() || clock.stopped || !clock.hasTarget(); })
        && std::any_of(entry.clocks.begin(), entry.clocks.end(),
                       [](const TicketClock& clock) { return clock.isExcluded(); });
    if (excluded) {
        return tr("Not counted: the ticket left the SLA (out of scope or development)");
    }
    return tr("No clock runs: no reaction is owed and the tariff sets no resolution target");
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Arrived) {
        return tr("When the request arrived, Moscow time (your own time in each row's tooltip)");
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == LastActivity) {
        return tr("The ticket's last message, reply, note or change, Moscow time");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("No.");
    case TimeLeft:
        return tr("Time left");
    case Level:
        return tr("Level");
    case Subject:
        return tr("Subject");
    case Project:
        return tr("Project");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Arrived:
        return tr("Arrived");
    case LastActivity:
        return tr("Last activity");
    default:
        return {};
    }
}

void QueueModel::setEngine(std::shared_ptr<const SlaEngine> engine)
{
    m_engine = std::move(engine);
}

void QueueModel::setEntries(std::vector<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    rebuildIndex();
    endResetModel();
    scheduleNextTransition();
    emit summaryChanged();
}

void QueueModel::upsert(QueueEntry entry)
{
    const int row = rowOfTicket(entry.ticket.id);
    if (row < 0) {
        const int at = rowCount();
        beginInsertRows({}, at, at);
        m_rowOfTicket.insert(entry.ticket.id, at);
        m_entries.push_back(std::move(entry));
        endInsertRows();
    } else {
        m_entries[static_cast<size_t>(row)] = std::move(entry);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    scheduleNextTransition();
    emit summaryChanged();
}

void QueueModel::upsertMany(std::vector<QueueEntry> entries)
{
    if (entries.empty()) {
        return;
    }
    std::vector<QueueEntry> added;
    std::vector<int> changed;
    for (QueueEntry& entry : entries) {
        const int row = rowOfTicket(entry.ticket.id);
        if (row < 0) {
            added.push_back(std::move(entry));
            continue;
        }
        m_entries[static_cast<size_t>(row)] = std::move(entry);
        changed.push_back(row);
    }
    // One signal per run of adjacent rows: a span from the first to the last changed row
    // would make the proxy re-examine every row between them.
    std::sort(changed.begin(), changed.end());
    for (size_t i = 0; i < changed.size();) {
        size_t j = i;
        while (j + 1 < changed.size() && changed[j + 1] <= changed[j] + 1) {
            ++j;
        }
        emit dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
        i = j + 1;
    }
    if (!added.empty()) {
        const int at = rowCount();
        beginInsertRows({}, at, at + static_cast<int>(added.size()) - 1);
        for (QueueEntry& entry : added) {
            m_rowOfTicket.insert(entry.ticket.id, rowCount());
            m_entries.push_back(std::move(entry));
        }
        endInsertRows();
    }
    scheduleNextTransition();
    emit summaryChanged();
}

void QueueModel::remove(qint64 ticketId)
{
    const int row = rowOfTicket(ticketId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    rebuildIndex();
    endRemoveRows();
    emit summaryChanged();
}

void QueueModel::rebuildIndex()
{
    m_rowOfTicket.clear();
    m_rowOfTicket.reserve(static_cast<qsizetype>(m_entries.size()));
    for (size_t row = 0; row < m_entries.size(); ++row) {
        m_rowOfTicket.insert(m_entries[row].ticket.id, static_cast<int>(row));
    }
}

void QueueModel::startTicking()
{
    // Just after each whole second, like the status-bar clock, so both change together.
    const int msIntoSecond = Clock::current().nowUtc().time().msec();
    m_timer.start(1000 - msIntoSecond + 5);
}

void QueueModel::stopTicking()
{
    m_timer.stop();
}

void QueueModel::tick()
{
    m_now = Clock::current().nowUtc().toSecsSinceEpoch();
    if (m_nextTransition != 0 && m_now >= m_nextTransition) {
        for (size_t row = 0; row < m_entries.size(); ++row) {
            updateState(m_entries[row], static_cast<int>(row), true);
        }
        scheduleNextTransition();
        emit summaryChanged();
    }
    emit ticked();
}

void QueueModel::updateState(QueueEntry& entry, int row, bool announce)
{
    if (!entry.transitions) {
        return;
    }
    const ClockState state = stateAt(*entry.transitions, m_now);
    if (state == entry.state) {
        return;
    }
    const ClockState from = entry.state;
    entry.state = state;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (announce) {
        emit clockStateChanged(entry.ticket.id, from, state);
    }
}

void QueueModel::scheduleNextTransition()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const QueueEntry& entry : m_entries) {
        if (!entry.transitions) {
            continue;
        }
        for (qint64 at : { entry.transitions->warningAt, entry.transitions->breachAt }) {
            if (at > m_now && at < next) {
                next = at;
            }
        }
    }
    m_nextTransition = next == std::numeric_limits<qint64>::max() ? 0 : next;
}

} // namespace dd
