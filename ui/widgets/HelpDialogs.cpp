#include "ui/widgets/HelpDialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMap>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dd {

ShortcutsDialog::ShortcutsDialog(const QWidget* window, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    // By the action's name; one row per action however many menus show it.
    QMap<QString, QString> rows;
    for (const QAction* action : window->findChildren<QAction*>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QStringList shown;
        for (const QKeySequence& key : keys) {
            shown << key.toString(QKeySequence::NativeText);
        }
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QStringLiteral("…"));
        rows.insert(name, shown.join(QStringLiteral(", ")));
    }
    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    int row = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_count = row;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

QuickGuideDialog::QuickGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("quickGuideDialog"));
    setWindowTitle(tr("Quick guide"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("quickGuideText"));
    text->setOpenExternalLinks(false);
    text->setHtml(tr("<h3>A day in Dutydesk</h3>"
                     "<p><b>The queue</b> lists the open requests of every project, the most urgent first: "
                     "emergencies by deadline, then first in, first out. <i>Time left</i> counts down to the "
                     "deadline of the clock that runs now — reaction, a follow-up reaction, or resolution — in "
                     "the service hours of the request's level; a paused clock (the client is asked for "
                     "something) shows ‖.</p>"
                     "<p><b>Quick filters</b> (Alt+1 … Alt+5) combine: <i>My tickets</i> and <i>Breached</i> "
                     "together show your breached requests. Save a way of looking at the queue under "
                     "View → Saved views.</p>"
                     "<p><b>A new request</b> by phone or messenger: File → New request (Ctrl+N). Register it, "
                     "answer the client, put it on hold with a reason, resolve it — each from the ticket "
                     "menu; every step is in the History.</p>"
                     "<p><b>Breach warnings</b> are docked below the queue; an alert also comes as a desktop "
                     "notification and a banner above the queue. Opening one keeps your filters.</p>"
                     "<p><b>The testing schedule</b> tab lists every project's bimonthly regression run; "
                     "overdue runs are in the warnings dock too.</p>"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(600, 520);
}

} // namespace dd
