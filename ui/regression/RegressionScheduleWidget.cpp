#include "ui/regression/RegressionScheduleWidget.h"

#include "ui/regression/ChecklistEditorDialog.h"
#include "ui/regression/RegressionScheduleModel.h"
#include "ui/regression/RegressionTimelineView.h"
#include "ui/regression/RunLogDialog.h"

#include "core/regression/IcsExport.h"
#include "ui/common/PlainText.h"
#include "ui/common/RoleGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

namespace {

QString& nextExportPath()
{
    static QString path;
    return path;
}

void addLegend(QHBoxLayout* layout, QWidget* parent)
{
    for (const ScheduleState state : { ScheduleState::Done, ScheduleState::InProgress, ScheduleState::Due,
                                       ScheduleState::Overdue, ScheduleState::Planned }) {
        QPixmap swatch(12, 12);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(scheduleStateColor(state));
        p.setPen(scheduleStateColor(state).darker(130));
        p.drawEllipse(1, 1, 10, 10);
        p.end();
        auto* icon = new QLabel(parent);
        icon->setPixmap(swatch);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(displayName(state), parent));
        layout->addSpacing(8);
    }
}

} // namespace

RegressionScheduleWidget::RegressionScheduleWidget(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_testing(database)
    , m_actor(actor)
    , m_permissions(RoleGate::permissions(database, actor))
{
    setObjectName(QStringLiteral("testingScheduleWidget"));
    buildUi();
    refresh();
}

RegressionScheduleWidget::~RegressionScheduleWidget() = default;

void RegressionScheduleWidget::setNextExportPath(const QString& path)
{
    nextExportPath() = path;
}

void RegressionScheduleWidget::buildUi()
{
    QHBoxLayout* bar = createToolBar();
    auto* legend = new QHBoxLayout;
    addLegend(legend, this);
    legend->addStretch();
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // messages quote names and typed text
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    legend->addWidget(m_summary);

    m_timeline = new RegressionTimelineView(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    createTable();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(legend);
    layout->addWidget(m_splitter, 1);
    connectControls();
}

// Filters, grouping and the actions on the selected run, in one row above the timeline.
QHBoxLayout* RegressionScheduleWidget::createToolBar()
{
    m_myRuns = new QCheckBox(tr("&My runs"), this);
    m_myRuns->setObjectName(QStringLiteral("myRunsCheck"));
    m_myRuns->setToolTip(plainToolTip(tr("Only the runs assigned to %1").arg(m_actor.displayName())));
    m_myRuns->setEnabled(m_actor.userId != 0);
    m_showDone = new QCheckBox(tr("Show &finished"), this);
    m_showDone->setObjectName(QStringLiteral("showDoneCheck"));
    m_showDone->setChecked(true);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("By tester"));
    m_grouping->addItem(tr("By project"));
    m_startButton = new QPushButton(tr("&Start run"), this);
    m_startButton->setObjectName(QStringLiteral("startRunButton"));
    m_openButton = new QPushButton(tr("&Open run log"), this);
    m_openButton->setObjectName(QStringLiteral("openRunButton"));
    m_exportButton = new QPushButton(tr("E&xport calendar…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportIcsButton"));
    m_exportButton->setToolTip(tr("Save the schedule as an iCalendar file to subscribe to"));
    m_checklistButton = new QPushButton(tr("&Checklist…"), this);
    m_checklistButton->setObjectName(QStringLiteral("editChecklistButton"));
    m_checklistButton->setToolTip(tr("Edit the selected project's regression checklist"));
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshScheduleButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_myRuns);
    bar->addWidget(m_showDone);
    bar->addWidget(m_grouping);
    bar->addStretch();
    bar->addWidget(m_startButton);
    bar->addWidget(m_openButton);
    bar->addWidget(m_checklistButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &RegressionScheduleWidget::refresh);
    return bar;
}

void RegressionScheduleWidget::createTable()
{
    m_model = new RegressionScheduleModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(RegressionScheduleModel::Project, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(RegressionScheduleModel::State, 140);
    m_table->horizontalHeader()->resizeSection(RegressionScheduleModel::Date, 100);
    m_table->horizontalHeader()->resizeSection(RegressionScheduleModel::Tester, 160);
    m_table->horizontalHeader()->resizeSection(RegressionScheduleModel::Test, 190);
    m_table->horizontalHeader()->resizeSection(RegressionScheduleModel::Progress, 260);
}

void RegressionScheduleWidget::connectControls()
{
    connect(m_myRuns, &QCheckBox::toggled, this, [this] { applyFilter(); });
    connect(m_showDone, &QCheckBox::toggled, this, [this] { applyFilter(); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_timeline->setGrouping(index == 0 ? RegressionTimelineView::Grouping::ByTester
                                           : RegressionTimelineView::Grouping::ByProject);
    });
    connect(m_startButton, &QPushButton::clicked, this, &RegressionScheduleWidget::startSelectedRun);
    connect(m_openButton, &QPushButton::clicked, this, &RegressionScheduleWidget::openSelectedRun);
    connect(m_exportButton, &QPushButton::clicked, this, &RegressionScheduleWidget::exportCalendar);
    connect(m_checklistButton, &QPushButton::clicked, this, &RegressionScheduleWidget::editSelectedChecklist);
    connect(m_timeline, &RegressionTimelineView::entryClicked, this, &RegressionScheduleWidget::selectRow);
    connect(m_timeline, &RegressionTimelineView::entryActivated, this, [this](int row) {
        selectRow(row);
        openSelectedRunIfStarted();
    });
    connect(m_table, &QTableView::doubleClicked, this, &RegressionScheduleWidget::openSelectedRunIfStarted);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegressionScheduleWidget::updateButtons);
}

void RegressionScheduleWidget::openSelectedRunIfStarted()
{
    const ScheduleEntry* entry = selectedEntry();
    if (entry && entry->runId != 0) {
        openSelectedRun();
    }
}

void RegressionScheduleWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The timeline gets what its rows need, up to two thirds; the table the rest.
        m_sized = true;
        const int total = m_splitter->height();
        const int timeline = std::min(m_timeline->sizeHint().height() + 4, total * 2 / 3);
        m_splitter->setSizes({ timeline, total - timeline });
    }
}

void RegressionScheduleWidget::refresh()
{
    m_today = RegressionPlan::moscowToday();
    auto entries = m_testing.schedule(m_today);
    if (!entries) {
        m_summary->setText(entries.error().message);
        return;
    }
    m_entries = *entries;
    applyFilter();
    emit overdueRunsChanged(int(overdueEntries().size()));
}

void RegressionScheduleWidget::setActor(const Actor& actor)
{
    m_actor = actor;
    m_permissions = RoleGate::permissions(m_database, actor);
    m_myRuns->setEnabled(actor.userId != 0);
    m_myRuns->setToolTip(plainToolTip(tr("Only the runs assigned to %1").arg(actor.displayName())));
    if (actor.userId == 0) {
        m_myRuns->setChecked(false);
    }
    applyFilter();
}

void RegressionScheduleWidget::setMyRunsOnly(bool only)
{
    m_myRuns->setChecked(only);
}

void RegressionScheduleWidget::applyFilter()
{
    RegressionScheduleModel::Filter filter;
    filter.testerId = m_myRuns->isChecked() ? m_actor.userId : 0;
    filter.showDone = m_showDone->isChecked();
    m_model->setEntries(m_entries);
    m_model->setFilter(filter);
    m_timeline->setEntries(m_model->visibleEntries(), m_today);
    int overdue = 0;
    int due = 0;
    int running = 0;
    for (const ScheduleEntry& e : m_model->visibleEntries()) {
        overdue += e.state == ScheduleState::Overdue ? 1 : 0;
        due += e.state == ScheduleState::Due ? 1 : 0;
        running += e.state == ScheduleState::InProgress ? 1 : 0;
    }
    m_summary->setText(tr("%1 overdue · %2 due · %3 in progress").arg(overdue).arg(due).arg(running));
    updateButtons();
}

QList<ScheduleEntry> RegressionScheduleWidget::overdueEntries() const
{
    QList<ScheduleEntry> overdue;
    for (const ScheduleEntry& e : m_entries) {
        if (e.state == ScheduleState::Overdue || (e.state == ScheduleState::InProgress && e.daysOverdue > 0)) {
            overdue << e;
        }
    }
    return overdue;
}

const ScheduleEntry* RegressionScheduleWidget::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

void RegressionScheduleWidget::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void RegressionScheduleWidget::updateButtons()
{
    const ScheduleEntry* entry = selectedEntry();
    const bool startable = entry && entry->runId == 0 && entry->kind == RunKind::Regression
        && (entry->state == ScheduleState::Due || entry->state == ScheduleState::Overdue
            || entry->state == ScheduleState::Planned);
    const bool requested = entry && entry->kind == RunKind::Feature && entry->runId != 0
        && (entry->state == ScheduleState::Due || entry->state == ScheduleState::Overdue);
    // Offered only to whom the server lets write runs and checklists (docs/shared-database.md#ui).
    RoleGate::apply(m_startButton, m_permissions, Permissions::Action::RunTesting, startable || requested);
    m_openButton->setEnabled(entry && entry->runId != 0);
    RoleGate::apply(m_checklistButton, m_permissions, Permissions::Action::EditChecklist, entry != nullptr,
                    tr("Edit the selected project's regression checklist"));
}

void RegressionScheduleWidget::startSelectedRun()
{
    const ScheduleEntry* entry = selectedEntry();
    if (!entry) {
        return;
    }
    const RegressionService& testing = m_testing;
    auto run = entry->kind == RunKind::Feature ? testing.startRequested(entry->runId, m_actor)
                                               : testing.startRegression(entry->projectId, m_actor);
    if (!run) {
        m_summary->setText(run.error().message);
        return;
    }
    const qint64 runId = run->id;
    refresh();
    openRun(runId);
}

void RegressionScheduleWidget::openSelectedRun()
{
    if (const ScheduleEntry* entry = selectedEntry(); entry && entry->runId != 0) {
        openRun(entry->runId);
    }
}

void RegressionScheduleWidget::openRun(qint64 runId)
{
    // Modeless, so the schedule stays usable and tests drive the dialog directly.
    auto* dialog = new RunLogDialog(m_database, runId, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunLogDialog::runChanged, this, &RegressionScheduleWidget::refresh);
    dialog->show();
    emit runLogOpened(dialog);
}

void RegressionScheduleWidget::exportCalendar()
{
    QString path = nextExportPath();
    nextExportPath().clear();
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export the testing calendar"), QStringLiteral("schedule.ics"),
                                            tr("iCalendar (*.ics)"));
    }
    if (path.isEmpty()) {
        return;
    }
    IcsExport::Options options;
    options.calendarName
        = m_myRuns->isChecked() ? tr("Dutydesk testing — %1").arg(m_actor.displayName()) : tr("Dutydesk testing");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(IcsExport::write(m_model->visibleEntries(), options)) < 0) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_summary->setText(tr("Calendar saved to %1").arg(path));
}

void RegressionScheduleWidget::editSelectedChecklist()
{
    const ScheduleEntry* entry = selectedEntry();
    if (!entry) {
        return;
    }
    auto* dialog = new ChecklistEditorDialog(m_database, entry->projectId,
                                             entry->projectName.isEmpty() ? entry->projectCode : entry->projectName,
                                             m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChecklistEditorDialog::checklistSaved, this,
            [this] { m_summary->setText(tr("Checklist saved; it applies to the next run")); });
    dialog->show();
    emit checklistEditorOpened(dialog);
}

} // namespace dd
