#include "ui/ticket/TemplatePicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dd {

TemplatePicker::TemplatePicker(const QList<ReplyTemplate>& templates, const TemplateValues& values, QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_values(values)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("templatePicker"));
    setWindowTitle(tr("Canned answers"));
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Type to filter by title or text"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview, 1);
    if (templates.isEmpty()) {
        auto* none
            = new QLabel(tr("There are no canned answers yet; managers add them (dutydeskctl template add)."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePicker::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePicker::preview);
    connect(m_list, &QListWidget::itemActivated, this, &TemplatePicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatePicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Up and Down move in the list while the cursor stays in the filter.
    m_filter->installEventFilter(this);
    filter();
    resize(520, 460);
}

int TemplatePicker::visibleCount() const
{
    return m_list->count();
}

bool TemplatePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_list->setCurrentRow(std::clamp(row, 0, std::max(0, m_list->count() - 1)));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePicker::filter()
{
    m_list->clear();
    for (const ReplyTemplate& item : ReplyTemplates::matching(m_templates, m_filter->text())) {
        auto* row = new QListWidgetItem(item.title, m_list);
        row->setData(Qt::UserRole, ReplyTemplates::render(item.body, m_values));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    preview();
}

void TemplatePicker::preview()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_preview->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

void TemplatePicker::choose()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace dd
