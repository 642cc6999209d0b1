#include "ui/regression/ChecklistEditorDialog.h"

#include "ui/regression/RegressionScheduleModel.h"

#include "core/regression/ChecklistTemplate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

ChecklistEditorDialog::ChecklistEditorDialog(const Database& database, qint64 projectId, const QString& projectName,
                                             const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_testing(database)
    , m_projectId(projectId)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("checklistEditorDialog"));
    setWindowTitle(tr("Checklist — %1").arg(projectName));
    auto* hint = new QLabel(tr("One item a line: <i>id: title</i>. The id stays the same when you reword the title; "
                               "runs already started keep their checklist."),
                            this);
    hint->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("checklistText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // messages quote names and typed text
    m_message->setObjectName(QStringLiteral("checklistMessage"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, scheduleStateColor(ScheduleState::Overdue));
    m_message->setPalette(palette);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveChecklistButton"));
    auto* reset = buttons->addButton(tr("&Default for an online shop"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetChecklistButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChecklistEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &ChecklistEditorDialog::resetToDefault);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);

    auto current = m_testing.checklist(projectId);
    if (current) {
        m_text->setPlainText(current->toText());
    } else {
        m_message->setText(current.error().toString());
    }
}

void ChecklistEditorDialog::save()
{
    auto parsed = ChecklistTemplate::parse(m_text->toPlainText());
    if (!parsed) {
        m_message->setText(parsed.error().toString());
        return;
    }
    if (Status saved = m_testing.setChecklist(m_projectId, *parsed, m_actor); !saved) {
        m_message->setText(saved.error().message);
        return;
    }
    emit checklistSaved(m_projectId);
    accept();
}

void ChecklistEditorDialog::resetToDefault()
{
    m_text->setPlainText(ChecklistTemplate::defaultOnlineShop().toText());
}

} // namespace dd
