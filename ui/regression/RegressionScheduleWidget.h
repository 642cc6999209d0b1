#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Permissions.h"
#include "core/regression/RegressionPlan.h"
#include "core/regression/RegressionService.h"
// Complete types: the signals carry these dialogs, and the meta-type system (QSignalSpy,
// queued connections) needs to know they are QObjects.
#include "ui/regression/ChecklistEditorDialog.h"
#include "ui/regression/RunLogDialog.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace dd {

class Database;
class RegressionScheduleModel;
class RegressionTimelineView;

// The testing schedule in the console (docs/rules.md#regression-testing): a timeline of runs per tester and per
// project (done, due, overdue, in progress), the same entries as a table, "my runs" for
// the logged-in tester, starting a run and opening its log, and the calendar export.
//
// Wiring: `new RegressionScheduleWidget(database, actor, parent)`, put it in a tab or dock,
// call refresh() when the data changes (the sync watcher's test_runs / projects changes);
// connect overdueRunsChanged() to the breach dock, or give the dock its own
// RegressionScheduleModel with Filter::overdueOnly fed from overdueEntries().
class RegressionScheduleWidget : public QWidget
{
    Q_OBJECT

public:
    RegressionScheduleWidget(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~RegressionScheduleWidget() override;

    // Who logs runs and whose runs "My runs" shows (the console learns it after login).
    void setActor(const Actor& actor);
    const Actor& actor() const { return m_actor; }

    RegressionScheduleModel* model() const { return m_model; }
    RegressionTimelineView* timeline() const { return m_timeline; }
    // Every entry as of the last refresh, and those overdue (for the breach dock).
    const QList<ScheduleEntry>& entries() const { return m_entries; }
    QList<ScheduleEntry> overdueEntries() const;
    const ScheduleEntry* selectedEntry() const;
    QDate today() const { return m_today; }

    // Test hook: the path the next "Export calendar" writes instead of asking.
    static void setNextExportPath(const QString& path);

signals:
    void overdueRunsChanged(int count);
    void runLogOpened(dd::RunLogDialog* dialog);
    void checklistEditorOpened(dd::ChecklistEditorDialog* dialog);

public slots:
    void refresh();
    void setMyRunsOnly(bool only);
    void selectRow(int row);
    void startSelectedRun();
    void openSelectedRun();
    void exportCalendar();
    void editSelectedChecklist();

private:
    void buildUi();
    QHBoxLayout* createToolBar();
    void createTable();
    void connectControls();
    // A double-click on a run that has a log opens it; a planned one has none yet.
    void openSelectedRunIfStarted();
    void applyFilter();
    void updateButtons();
    void openRun(qint64 runId);
    void showEvent(QShowEvent* event) override;

    const Database& m_database;
    RegressionService m_testing;
    Actor m_actor;
    Permissions m_permissions; // asked from the database with each actor
    QList<ScheduleEntry> m_entries;
    QDate m_today;

    RegressionScheduleModel* m_model = nullptr;
    RegressionTimelineView* m_timeline = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_myRuns = nullptr;
    QCheckBox* m_showDone = nullptr;
    QComboBox* m_grouping = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_checklistButton = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_sized = false;
};

} // namespace dd
