#include "ui/ticket/CannedAnswersDialog.h"

#include "ui/ticket/TicketService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

CannedAnswersDialog::CannedAnswersDialog(const TicketService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("cannedAnswersDialog"));
    setWindowTitle(tr("Canned answers"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setPlaceholderText(tr("The text; {client}, {number} and {engineer} are filled in when it is used"));
    m_outcome->setObjectName(QStringLiteral("templateOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    auto* newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(QStringLiteral("newTemplateButton"));
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    connect(newButton, &QPushButton::clicked, this, &CannedAnswersDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, &CannedAnswersDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedAnswersDialog::showTemplate);

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Text:"), m_body);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(newButton);
    editButtons->addStretch();
    editButtons->addWidget(saveButton);
    auto* editor = new QVBoxLayout;
    editor->addLayout(form, 1);
    editor->addWidget(m_outcome);
    editor->addLayout(editButtons);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(editor, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(820, 480);
    reload();
}

QString CannedAnswersDialog::outcome() const
{
    return m_outcome->text();
}

void CannedAnswersDialog::reload()
{
    auto templates = m_service.templates();
    if (!templates) {
        m_outcome->setText(templates.error().toString());
        return;
    }
    m_templates = *templates;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ReplyTemplate& answer : std::as_const(m_templates)) {
        m_list->addItem(answer.title);
    }
}

void CannedAnswersDialog::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size()) {
        return;
    }
    const ReplyTemplate& answer = m_templates.at(row);
    m_editingId = answer.id;
    m_editingVersion = answer.version;
    m_title->setText(answer.title);
    m_body->setPlainText(answer.body);
    m_outcome->setText(answer.updatedBy.isEmpty() ? QString() : tr("Last changed by %1").arg(answer.updatedBy));
}

void CannedAnswersDialog::startNew()
{
    m_list->clearSelection();
    m_editingId = 0;
    m_editingVersion = 0;
    m_title->clear();
    m_body->clear();
    m_outcome->clear();
    m_title->setFocus();
}

void CannedAnswersDialog::save()
{
    const QString title = m_title->text().trimmed();
    const QString body = m_body->toPlainText().trimmed();
    if (title.isEmpty() || body.isEmpty()) {
        m_outcome->setText(tr("A canned answer needs a title and a text."));
        return;
    }
    auto saved = m_editingId == 0 ? m_service.addTemplate(title, body)
                                  : m_service.editTemplate(m_editingId, m_editingVersion, title, body);
    if (!saved) {
        // What was typed stays in the fields: nothing is lost by a refusal.
        m_outcome->setText(tr("Not saved: %1").arg(saved.error().toString()));
        return;
    }
    m_editingId = saved->id;
    m_editingVersion = saved->version;
    reload();
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == saved->id) {
            const QSignalBlocker quiet(m_list);
            m_list->setCurrentRow(row);
        }
    }
    m_outcome->setText(tr("Saved"));
}

} // namespace dd
