#include "ui/regression/RunLogDialog.h"

#include "ui/regression/RegressionScheduleModel.h"

#include "core/regression/ChecklistTemplate.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QStringList& nextScreenshotFiles()
{
    static QStringList files;
    return files;
}

QColor resultColor(ItemResult result)
{
    switch (result) {
    case ItemResult::Pass:
        return scheduleStateColor(ScheduleState::Done);
    case ItemResult::Fail:
        return scheduleStateColor(ScheduleState::Overdue);
    case ItemResult::Skip:
        return scheduleStateColor(ScheduleState::Due);
    case ItemResult::Pending:
        break;
    }
    return scheduleStateColor(ScheduleState::Planned);
}

QIcon dot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QToolButton* resultButton(const QString& text, const QString& name, ItemResult result, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(dot(resultColor(result)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setCheckable(true);
    button->setAutoExclusive(true);
    button->setMinimumWidth(96);
    return button;
}

} // namespace

RunLogDialog::RunLogDialog(const Database& database, qint64 runId, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_testing(database)
    , m_runId(runId)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("runLogDialog"));
    buildUi();
    reload();
    resize(1060, 680);
}

RunLogDialog::~RunLogDialog() = default;

void RunLogDialog::setNextScreenshotFiles(const QStringList& paths)
{
    nextScreenshotFiles() = paths;
}

void RunLogDialog::buildUi()
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    createItemList();
    QGroupBox* itemBox = createItemBox();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_items);
    splitter->addWidget(itemBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    QGroupBox* finishBox = createFinishBox();

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // messages quote names and typed text
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addWidget(finishBox);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void RunLogDialog::createItemList()
{
    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("itemList"));
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setHeaderLabels({ tr("#"), tr("Checklist item"), tr("Result"), tr("Note") });
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->header()->setStretchLastSection(false);
    m_items->setColumnWidth(0, 36);
    m_items->setColumnWidth(2, 110);
    m_items->setColumnWidth(3, 150);
    connect(m_items, &QTreeWidget::currentItemChanged, this, [this] { showCurrentItem(); });
}

// The current checklist item: its result, note and screenshots.
QGroupBox* RunLogDialog::createItemBox()
{
    auto* itemBox = new QGroupBox(tr("Item"), this);
    m_itemTitle = new QLabel(itemBox);
    m_itemTitle->setObjectName(QStringLiteral("itemTitle"));
    m_itemTitle->setWordWrap(true);
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    m_passButton = resultButton(tr("&Pass"), QStringLiteral("passButton"), ItemResult::Pass, itemBox);
    m_failButton = resultButton(tr("&Fail"), QStringLiteral("failButton"), ItemResult::Fail, itemBox);
    m_skipButton = resultButton(tr("S&kip"), QStringLiteral("skipButton"), ItemResult::Skip, itemBox);
    connect(m_passButton, &QToolButton::clicked, this, [this] { recordCurrent(ItemResult::Pass); });
    connect(m_failButton, &QToolButton::clicked, this, [this] { recordCurrent(ItemResult::Fail); });
    connect(m_skipButton, &QToolButton::clicked, this, [this] { recordCurrent(ItemResult::Skip); });
    auto* results = new QHBoxLayout;
    results->addWidget(m_passButton);
    results->addWidget(m_failButton);
    results->addWidget(m_skipButton);
    results->addStretch();

    m_noteEdit = new QPlainTextEdit(itemBox);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What you saw: the page, the steps, the error"));
    m_noteEdit->setTabChangesFocus(true);
    m_saveNoteButton = new QPushButton(tr("Save &note"), itemBox);
    m_saveNoteButton->setObjectName(QStringLiteral("saveNoteButton"));
    connect(m_saveNoteButton, &QPushButton::clicked, this, &RunLogDialog::saveNote);

    m_screenshots = new QListWidget(itemBox);
    m_screenshots->setObjectName(QStringLiteral("screenshotList"));
    m_screenshots->setMaximumHeight(72);
    m_attachButton = new QPushButton(tr("&Attach screenshot…"), itemBox);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    connect(m_attachButton, &QPushButton::clicked, this, &RunLogDialog::attachScreenshot);
    m_ticketButton = new QPushButton(tr("Create &ticket from this failure"), itemBox);
    m_ticketButton->setObjectName(QStringLiteral("createTicketButton"));
    connect(m_ticketButton, &QPushButton::clicked, this, &RunLogDialog::createTicket);

    auto* itemLayout = new QVBoxLayout(itemBox);
    itemLayout->addWidget(m_itemTitle);
    itemLayout->addLayout(results);
    itemLayout->addWidget(new QLabel(tr("Note:"), itemBox));
    itemLayout->addWidget(m_noteEdit, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addStretch();
    noteRow->addWidget(m_saveNoteButton);
    itemLayout->addLayout(noteRow);
    itemLayout->addWidget(new QLabel(tr("Screenshots:"), itemBox));
    itemLayout->addWidget(m_screenshots);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_attachButton);
    fileRow->addStretch();
    fileRow->addWidget(m_ticketButton);
    itemLayout->addLayout(fileRow);
    return itemBox;
}

QGroupBox* RunLogDialog::createFinishBox()
{
    auto* finishBox = new QGroupBox(tr("Finish the run"), this);
    m_summaryEdit = new QPlainTextEdit(finishBox);
    m_summaryEdit->setObjectName(QStringLiteral("summaryEdit"));
    m_summaryEdit->setPlaceholderText(tr("Summary for the client and the team"));
    m_summaryEdit->setMaximumHeight(64);
    m_summaryEdit->setTabChangesFocus(true);
    m_finishButton = new QPushButton(tr("F&inish run"), finishBox);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    connect(m_finishButton, &QPushButton::clicked, this, &RunLogDialog::finishRun);
    auto* finishLayout = new QHBoxLayout(finishBox);
    finishLayout->addWidget(m_summaryEdit, 1);
    finishLayout->addWidget(m_finishButton, 0, Qt::AlignBottom);
    return finishBox;
}

void RunLogDialog::reload()
{
    auto loaded = m_testing.run(m_runId);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return;
    }
    m_run = *loaded;
    showRun();
}

void RunLogDialog::showRun()
{
    const int keep = std::max(0, currentItemIndex());
    const QString what = m_run.kind == RunKind::Feature ? tr("Feature test of ticket #%1").arg(m_run.ticketNumber)
                                                        : tr("Regression test");
    const QString status = m_run.status == RunStatus::Finished
        ? tr("finished %1").arg(QLocale().toString(RegressionPlan::moscowDate(m_run.finishedAt), QLocale::ShortFormat))
        : (m_run.status == RunStatus::InProgress ? tr("in progress") : tr("requested"));
    m_header->setText(tr("<b>%1 · %2</b><br>tester %3 · due %4 · run %5, %6")
                          .arg(what.toHtmlEscaped(), m_run.projectName.toHtmlEscaped(),
                               (m_run.testerName.isEmpty() ? tr("not assigned") : m_run.testerName).toHtmlEscaped(),
                               QLocale().toString(m_run.dueDate, QLocale::ShortFormat))
                          .arg(m_run.id)
                          .arg(status));
    setWindowTitle(tr("Run %1 — %2").arg(m_run.id).arg(m_run.projectName));
    const RunCounts counts = m_run.counts();
    m_progress->setRange(0, std::max(1, counts.total()));
    m_progress->setValue(counts.total() - counts.pending);
    m_progress->setFormat(tr("%1 of %2 checked · %3 pass · %4 fail · %5 skipped")
                              .arg(counts.total() - counts.pending)
                              .arg(counts.total())
                              .arg(counts.pass)
                              .arg(counts.fail)
                              .arg(counts.skip));

    const QSignalBlocker blocker(m_items);
    m_items->clear();
    for (const RegressionRunItem& item : m_run.items) {
        auto* row = new QTreeWidgetItem(m_items);
        row->setText(0, QString::number(item.position));
        row->setText(1, ChecklistTemplate::displayTitle({ item.slug, item.title }));
        row->setToolTip(1, item.slug);
        row->setIcon(2, dot(resultColor(item.result)));
        row->setText(2, displayName(item.result));
        QString note = item.note.section(QLatin1Char('\n'), 0, 0);
        if (item.ticketNumber != 0) {
            note
                = tr("ticket #%1").arg(item.ticketNumber) + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        }
        if (!item.attachments.isEmpty()) {
            note = tr("screenshots: %1").arg(item.attachments.size())
                + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        }
        row->setText(3, note);
        row->setToolTip(3, item.note);
    }
    if (!m_run.items.isEmpty()) {
        m_items->setCurrentItem(m_items->topLevelItem(std::min<int>(keep, int(m_run.items.size()) - 1)));
    }
    if (m_summaryEdit->toPlainText().isEmpty()) {
        m_summaryEdit->setPlainText(m_run.summary);
    }
    const bool open = m_run.status == RunStatus::InProgress;
    m_summaryEdit->setReadOnly(!open);
    m_finishButton->setEnabled(open);
    showCurrentItem();
}

int RunLogDialog::currentItemIndex() const
{
    return m_items->currentItem() ? m_items->indexOfTopLevelItem(m_items->currentItem()) : -1;
}

const RegressionRunItem* RunLogDialog::currentItem() const
{
    const int index = currentItemIndex();
    return index >= 0 && index < m_run.items.size() ? &m_run.items.at(index) : nullptr;
}

void RunLogDialog::selectItem(int index)
{
    if (auto* row = m_items->topLevelItem(index)) {
        m_items->setCurrentItem(row);
    }
}

void RunLogDialog::showCurrentItem()
{
    const RegressionRunItem* item = currentItem();
    const bool open = m_run.status == RunStatus::InProgress && item;
    m_itemTitle->setText(item ? ChecklistTemplate::displayTitle({ item->slug, item->title }) : QString());
    for (QToolButton* button : { m_passButton, m_failButton, m_skipButton }) {
        button->setEnabled(open);
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    if (item) {
        m_passButton->setChecked(item->result == ItemResult::Pass);
        m_failButton->setChecked(item->result == ItemResult::Fail);
        m_skipButton->setChecked(item->result == ItemResult::Skip);
    }
    m_noteEdit->setPlainText(item ? item->note : QString());
    m_noteEdit->setReadOnly(!open);
    m_saveNoteButton->setEnabled(open && item->result != ItemResult::Pending);
    m_attachButton->setEnabled(item && m_run.status != RunStatus::Requested);
    m_ticketButton->setEnabled(item && item->result == ItemResult::Fail && item->ticketId == 0);
    m_ticketButton->setText(item && item->ticketId != 0 ? tr("Ticket #%1 created").arg(item->ticketNumber)
                                                        : tr("Create &ticket from this failure"));
    m_screenshots->clear();
    if (item) {
        for (const RegressionAttachment& file : item->attachments) {
            m_screenshots->addItem(file.fileName);
        }
    }
}

void RunLogDialog::recordCurrent(ItemResult result)
{
    const RegressionRunItem* item = currentItem();
    if (!item) {
        return;
    }
    const int index = currentItemIndex();
    auto recorded = m_testing.record(m_runId, item->slug, result, m_noteEdit->toPlainText(), m_actor);
    if (!recorded) {
        showMessage(recorded.error().message, true);
        showCurrentItem();
        return;
    }
    m_run.items[index] = *recorded;
    showMessage(tr("Saved: %1 — %2").arg(recorded->slug, displayName(result)), false);
    showRun();
    // A pass moves on to the next item not checked yet; a failure stays for its note.
    if (result != ItemResult::Fail) {
        for (int next = index + 1; next < m_run.items.size(); ++next) {
            if (m_run.items.at(next).result == ItemResult::Pending) {
                selectItem(next);
                break;
            }
        }
    }
    emit runChanged(m_runId);
}

void RunLogDialog::saveNote()
{
    if (const RegressionRunItem* item = currentItem(); item && item->result != ItemResult::Pending) {
        recordCurrent(item->result);
    }
}

void RunLogDialog::attachScreenshot()
{
    const RegressionRunItem* item = currentItem();
    if (!item) {
        return;
    }
    QStringList files = nextScreenshotFiles();
    nextScreenshotFiles().clear();
    if (files.isEmpty()) {
        files = QFileDialog::getOpenFileNames(this, tr("Attach screenshots"), QString(),
                                              tr("Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"));
    }
    const RegressionService& testing = m_testing;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
            return;
        }
        auto attached = testing.attach(item->id, QFileInfo(path).fileName(),
                                       QMimeDatabase().mimeTypeForFile(path).name(), file.readAll());
        if (!attached) {
            showMessage(attached.error().message, true);
            return;
        }
    }
    if (!files.isEmpty()) {
        showMessage(tr("Screenshots attached: %1").arg(files.size()), false);
        reload();
        emit runChanged(m_runId);
    }
}

void RunLogDialog::createTicket()
{
    const RegressionRunItem* item = currentItem();
    if (!item) {
        return;
    }
    auto ticket = m_testing.ticketFromItem(item->id, m_actor);
    if (!ticket) {
        showMessage(ticket.error().message, true);
        return;
    }
    showMessage(tr("Ticket #%1 filed in the %2 queue").arg(ticket->number).arg(m_run.projectName), false);
    reload();
    emit ticketCreated(ticket->id, ticket->number);
    emit runChanged(m_runId);
}

void RunLogDialog::finishRun()
{
    auto finished = m_testing.finish(m_runId, m_summaryEdit->toPlainText(), m_actor);
    if (!finished) {
        showMessage(finished.error().message, true);
        return;
    }
    m_run = *finished;
    showRun();
    showMessage(tr("Run finished"), false);
    emit runChanged(m_runId);
}

void RunLogDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? scheduleStateColor(ScheduleState::Overdue) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setProperty("error", error);
}

} // namespace dd
