#include "ui/ticket/RegisterDialog.h"

#include "core/sla/Categories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

namespace dd {

namespace {

void addCategoryGroup(QComboBox* combo, CategoryGroup group)
{
    combo->addItem(Categories::groupName(group));
    // A group heading, not a choice.
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    QStandardItem* heading = model->item(combo->count() - 1);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    for (const QString& slug : Categories::inGroup(group)) {
        combo->addItem(QStringLiteral("    ") + Categories::name(slug), slug);
    }
}

} // namespace

RegisterDialog::RegisterDialog(const Ticket& ticket, const QList<User>& users, qint64 defaultAssigneeId,
                               QWidget* parent)
    : TicketDialog(tr("Register #%1").arg(ticket.number), parent)
    , m_category(new QComboBox(this))
    , m_urgent(new QCheckBox(tr("The client asked for urgent work outside business hours (double rate)"), this))
    , m_level(new QComboBox(this))
    , m_suggestion(new QLabel(this))
    , m_assignee(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("registerDialog"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_urgent->setObjectName(QStringLiteral("urgentCheck"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    for (CategoryGroup group :
         { CategoryGroup::Emergency, CategoryGroup::Standard, CategoryGroup::OutOfScope, CategoryGroup::Development }) {
        addCategoryGroup(m_category, group);
    }
    for (SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        m_level->addItem(slaLevelName(level), slaLevelId(level));
    }
    m_assignee->addItem(tr("— unassigned —"), qint64(0));
    for (const User& user : users) {
        if (user.active) {
            m_assignee->addItem(user.displayName(), user.id);
        }
    }
    const qint64 assignee = ticket.assigneeId != 0 ? ticket.assigneeId : defaultAssigneeId;
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));
    m_suggestion->setWordWrap(true);
    m_suggestion->setForegroundRole(QPalette::PlaceholderText);
    m_comment->setPlaceholderText(tr("What the client was told (optional)"));

    auto* form = new QFormLayout;
    auto* subject = new QLabel(ticket.subject, this);
    subject->setObjectName(QStringLiteral("registerSubject"));
    subject->setTextFormat(Qt::PlainText); // as typed, never "&quot;" (issue 18)
    subject->setWordWrap(true);
    form->addRow(tr("Subject:"), subject);
    form->addRow(tr("Category:"), m_category);
    form->addRow(QString(), m_urgent);
    form->addRow(tr("Level:"), m_level);
    form->addRow(QString(), m_suggestion);
    form->addRow(tr("Assignee:"), m_assignee);
    form->addRow(tr("Comment:"), m_comment);
    formLayout()->addLayout(form);

    connect(m_category, &QComboBox::currentIndexChanged, this, &RegisterDialog::suggestLevel);
    connect(m_urgent, &QCheckBox::toggled, this, &RegisterDialog::suggestLevel);
    m_urgent->setChecked(ticket.level == QLatin1String("urgent"));
    setCategory(ticket.category.isEmpty() ? Categories::inGroup(CategoryGroup::Standard).value(0) : ticket.category);
    if (ticket.category.isEmpty() && ticket.level == QLatin1String("emergency")) {
        setCategory(Categories::inGroup(CategoryGroup::Emergency).value(0));
    }
}

QString RegisterDialog::category() const
{
    return m_category->currentData().toString();
}

QString RegisterDialog::level() const
{
    return m_level->currentData().toString();
}

qint64 RegisterDialog::assigneeId() const
{
    return m_assignee->currentData().toLongLong();
}

QString RegisterDialog::comment() const
{
    return m_comment->text().trimmed();
}

void RegisterDialog::setCategory(const QString& slug)
{
    const int index = m_category->findData(slug);
    if (index >= 0) {
        m_category->setCurrentIndex(index);
    }
    suggestLevel();
}

void RegisterDialog::suggestLevel()
{
    const QString slug = category();
    const SlaLevel suggested = Categories::suggestedLevel(slug, m_urgent->isChecked());
    m_level->setCurrentIndex(m_level->findData(slaLevelId(suggested)));
    const auto group = Categories::groupOf(slug);
    if (group == CategoryGroup::OutOfScope || group == CategoryGroup::Development) {
        m_suggestion->setText(tr("This category is outside the support SLA: use “Out of scope” or “Hand to "
                                 "development” instead."));
    } else {
        m_suggestion->setText(tr("Suggested by the regulation: %1").arg(slaLevelName(suggested)));
    }
}

} // namespace dd
