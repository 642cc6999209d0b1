#pragma once

#include "core/domain/Actor.h"
#include "core/regression/RegressionRun.h"
#include "core/regression/RegressionService.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace dd {

class Database;

// The tester's log of one run (docs/rules.md#regression-testing): the checklist, each item pass / fail / skipped
// with a note and screenshots, a failed item turned into a ticket in one action, and the
// finish with a summary. Every click is saved at once, so a crash loses nothing.
class RunLogDialog : public QDialog
{
    Q_OBJECT

public:
    RunLogDialog(const Database& database, qint64 runId, const Actor& actor, QWidget* parent = nullptr);
    ~RunLogDialog() override;

    const RegressionRun& run() const { return m_run; }
    int currentItemIndex() const;

    // Test hook (like KeePassXC's MessageBox::setNextAnswer): the files the next
    // "Attach screenshot" takes instead of asking with a file dialog.
    static void setNextScreenshotFiles(const QStringList& paths);

signals:
    void runChanged(qint64 runId);
    void ticketCreated(qint64 ticketId, qint64 number);

public slots:
    void reload();
    void selectItem(int index);
    void recordCurrent(dd::ItemResult result);
    void saveNote();
    void attachScreenshot();
    void createTicket();
    void finishRun();

private:
    void buildUi();
    void createItemList();
    QGroupBox* createItemBox();
    QGroupBox* createFinishBox();
    void showRun();
    void showCurrentItem();
    void showMessage(const QString& text, bool error);
    const RegressionRunItem* currentItem() const;

    RegressionService m_testing;
    qint64 m_runId;
    Actor m_actor;
    RegressionRun m_run;

    QLabel* m_header = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_items = nullptr;
    QLabel* m_itemTitle = nullptr;
    QToolButton* m_passButton = nullptr;
    QToolButton* m_failButton = nullptr;
    QToolButton* m_skipButton = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPushButton* m_saveNoteButton = nullptr;
    QListWidget* m_screenshots = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_ticketButton = nullptr;
    QPlainTextEdit* m_summaryEdit = nullptr;
    QPushButton* m_finishButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dd
