#include "ui/ticket/TriageEditor.h"

#include "core/domain/TicketFlow.h"
#include "core/sla/Categories.h"
#include "core/sla/SlaLevel.h"
#include "ui/ticket/TicketService.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dd {

TriageEditor::TriageEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("triageEditor"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addAssigneeRow(form);
    addClassificationRows(form);
    addReproductionRows(form);
    addButtonRow(form);
    connectFields();
    fill(m_ticket);
}

// The assignee, typed with completion over the people, or "Take it".
void TriageEditor::addAssigneeRow(QFormLayout* form)
{
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("triageAssignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_assignee->completer()->setFilterMode(Qt::MatchContains);
    m_assignee->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_takeIt = new QPushButton(tr("Take it"), this);
    m_takeIt->setObjectName(QStringLiteral("takeItButton"));
    m_takeIt->setToolTip(tr("Assign the ticket to me (Ctrl+I)"));
    auto* assigneeRow = new QHBoxLayout;
    assigneeRow->addWidget(m_assignee, 1);
    assigneeRow->addWidget(m_takeIt);
    form->addRow(tr("Assignee:"), assigneeRow);
}

void TriageEditor::addClassificationRows(QFormLayout* form)
{
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("triageLevel"));
    for (SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        m_level->addItem(slaLevelName(level), slaLevelId(level));
    }
    form->addRow(tr("Level:"), m_level);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("triageCategory"));
    for (const QString& slug : Categories::all()) {
        m_category->addItem(Categories::name(slug), slug);
    }
    form->addRow(tr("Category:"), m_category);
}

void TriageEditor::addReproductionRows(QFormLayout* form)
{
    m_pageUrl = new QLineEdit(this);
    m_pageUrl->setObjectName(QStringLiteral("triagePageUrl"));
    m_pageUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Page URL:"), m_pageUrl);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("triageSteps"));
    m_steps->setTabChangesFocus(true);
    m_steps->setMaximumHeight(80);
    m_steps->setPlaceholderText(tr("1. Open … 2. Press … 3. See …"));
    form->addRow(tr("Steps to reproduce:"), m_steps);
}

void TriageEditor::addButtonRow(QFormLayout* form)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("triageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // refusals may quote what was typed
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("triageApply"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("triageRevert"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->addRow(buttons);
}

void TriageEditor::connectFields()
{
    connect(m_takeIt, &QPushButton::clicked, this, &TriageEditor::takeIt);
    connect(m_apply, &QPushButton::clicked, this, &TriageEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        m_message->clear();
        fill(m_ticket);
    });
    connect(m_assignee, &QComboBox::editTextChanged, this, &TriageEditor::markDirty);
    connect(m_level, &QComboBox::currentIndexChanged, this, &TriageEditor::markDirty);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TriageEditor::markDirty);
    connect(m_pageUrl, &QLineEdit::textEdited, this, &TriageEditor::markDirty);
    connect(m_steps, &QPlainTextEdit::textChanged, this, &TriageEditor::markDirty);
}

void TriageEditor::setService(const TicketService* service)
{
    m_service = service;
}

void TriageEditor::setUsers(const QList<User>& users)
{
    m_filling = true;
    const QString typed = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItem(tr("— unassigned —"), qint64(0));
    for (const User& user : users) {
        if (user.active) {
            m_assignee->addItem(user.displayName(), user.id);
        }
    }
    m_assignee->setEditText(typed);
    m_filling = false;
}

QString TriageEditor::message() const
{
    return m_message->text();
}

void TriageEditor::showTicket(const Ticket& ticket)
{
    const bool same = ticket.id == m_ticket.id;
    m_ticket = ticket;
    if (same && m_dirty) {
        return; // the input stays; it is saved against the version it was based on
    }
    m_dirty = false;
    if (!same) {
        m_message->clear();
    }
    fill(ticket);
}

void TriageEditor::fill(const Ticket& ticket)
{
    m_filling = true;
    m_baseVersion = ticket.version;
    const int assignee = m_assignee->findData(ticket.assigneeId);
    m_assignee->setCurrentIndex(std::max(0, assignee));
    m_assignee->setEditText(m_assignee->itemText(std::max(0, assignee)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(ticket.level)));
    m_category->setCurrentIndex(ticket.category.isEmpty() ? -1 : m_category->findData(ticket.category));
    m_pageUrl->setText(ticket.pageUrl);
    m_steps->setPlainText(ticket.stepsToReproduce);
    // Triage belongs to registration: a new ticket is registered first.
    const bool editable
        = m_service && ticket.id != 0 && TicketFlow::isOpen(ticket.status) && ticket.status != TicketStatus::New;
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_assignee, m_takeIt, m_level, m_category, m_apply, m_revert }) {
        field->setEnabled(editable);
    }
    m_pageUrl->setEnabled(m_service && ticket.id != 0);
    m_steps->setEnabled(m_service && ticket.id != 0);
    m_filling = false;
}

void TriageEditor::markDirty()
{
    if (!m_filling) {
        m_dirty = true;
    }
}

void TriageEditor::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
    m_message->setText(text);
}

void TriageEditor::takeIt()
{
    if (!m_service || m_service->actor().userId == 0) {
        showMessage(tr("You have no user account in this database to take tickets with."), true);
        return;
    }
    const int mine = m_assignee->findData(m_service->actor().userId);
    m_assignee->setCurrentIndex(mine);
    m_assignee->setEditText(m_assignee->itemText(mine));
    apply();
}

void TriageEditor::apply()
{
    if (!m_service || m_ticket.id == 0) {
        return;
    }
    // The typed name must be one of the people listed.
    const int assignee = m_assignee->findText(m_assignee->currentText().trimmed(), Qt::MatchFixedString);
    if (assignee < 0) {
        showMessage(tr("There is nobody called “%1”.").arg(m_assignee->currentText()), true);
        return;
    }
    TicketChange change;
    change.ticketId = m_ticket.id;
    change.expectedVersion = m_baseVersion;
    change.assigneeId = m_assignee->itemData(assignee).toLongLong();
    change.level = m_level->currentData().toString();
    if (m_category->currentIndex() >= 0) {
        change.category = m_category->currentData().toString();
    }
    change.pageUrl = m_pageUrl->text().trimmed();
    change.stepsToReproduce = m_steps->toPlainText().trimmed();
    TicketConflict conflict;
    auto saved = m_service->save(change, &conflict);
    if (!saved) {
        if (conflict.currentVersion != 0) {
            // Applied again, the input is saved on top of the version now shown.
            m_baseVersion = conflict.currentVersion;
            showMessage(saved.error().toString() + QLatin1Char('\n')
                            + tr("Your input is kept: check the ticket and apply it again, or revert."),
                        true);
            emit ticketChanged(m_ticket.id);
        } else {
            showMessage(saved.error().toString(), true);
        }
        return;
    }
    m_dirty = false;
    m_ticket = *saved;
    fill(*saved);
    showMessage(tr("Saved."), false);
    emit ticketChanged(saved->id);
}

} // namespace dd
