#include "ui/ticket/NewRequestDialog.h"

#include "core/sla/Categories.h"
#include "core/util/Clock.h"
#include "ui/ticket/ArrivalFields.h"
#include "ui/ticket/TicketService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <map>

namespace dd {

NewRequestDialog::NewRequestDialog(const TicketService& service, const QList<Project>& projects, QWidget* parent)
    : TicketDialog(tr("New request"), parent)
    , m_service(service)
    , m_projects(projects)
    , m_channel(new QComboBox(this))
    , m_arrived(new QDateTimeEdit(this))
    , m_client(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_urgent(new QCheckBox(tr("Urgent: the client asked for work outside business hours"), this))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_steps(new QPlainTextEdit(this))
    , m_pageUrl(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newRequestDialog"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_client->setObjectName(QStringLiteral("clientCombo"));
    m_project->setObjectName(QStringLiteral("projectCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_arrived->setObjectName(QStringLiteral("arrivedEdit"));
    m_urgent->setObjectName(QStringLiteral("urgentCheck"));
    m_steps->setObjectName(QStringLiteral("stepsEdit"));
    m_pageUrl->setObjectName(QStringLiteral("pageUrlEdit"));
    m_description->setTabChangesFocus(true);
    m_steps->setTabChangesFocus(true);
    m_steps->setPlaceholderText(tr("1. Open … 2. Press … 3. See …"));
    m_pageUrl->setPlaceholderText(QStringLiteral("https://"));
    fillHandEnteredChannels(m_channel);
    setUpArrivedEdit(m_arrived);

    std::map<QString, qint64> clients;
    for (const Project& project : std::as_const(m_projects)) {
        clients.emplace(project.clientName, project.clientId);
    }
    for (const auto& [name, id] : clients) {
        m_client->addItem(name, id);
    }
    for (CategoryGroup group : { CategoryGroup::Emergency, CategoryGroup::Standard }) {
        for (const QString& slug : Categories::inGroup(group)) {
            m_category->addItem(Categories::name(slug), slug);
        }
    }
    m_category->setCurrentIndex(m_category->findData(Categories::inGroup(CategoryGroup::Standard).value(0)));
    m_subject->setPlaceholderText(tr("What the client reports, in a line"));

    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Arrived (Moscow time):"), m_arrived);
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Category:"), m_category);
    form->addRow(QString(), m_urgent);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Steps to reproduce:"), m_steps);
    form->addRow(tr("Page URL:"), m_pageUrl);
    formLayout()->addLayout(form);
    connect(m_client, &QComboBox::currentIndexChanged, this, &NewRequestDialog::fillProjects);
    connect(this, &TicketDialog::submitted, this, &NewRequestDialog::file);
    fillProjects();
    resize(560, 560);
}

void NewRequestDialog::fillProjects()
{
    m_project->clear();
    const qint64 clientId = m_client->currentData().toLongLong();
    for (const Project& project : std::as_const(m_projects)) {
        if (project.clientId == clientId) {
            m_project->addItem(project.name, project.id);
        }
    }
}

void NewRequestDialog::file()
{
    Ticket draft;
    draft.projectId = m_project->currentData().toLongLong();
    draft.subject = m_subject->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.stepsToReproduce = m_steps->toPlainText().trimmed();
    draft.pageUrl = m_pageUrl->text().trimmed();
    draft.channel = channelFromSlug(m_channel->currentData().toString()).value_or(Channel::Phone);
    draft.arrived = arrivedInstant(m_arrived);
    draft.category = m_category->currentData().toString();
    draft.level = slaLevelId(Categories::suggestedLevel(draft.category, m_urgent->isChecked()));
    if (draft.projectId == 0) {
        showError(tr("Choose the client's project."));
        return;
    }
    if (draft.arrived > Clock::current().nowUtc().addSecs(60)) {
        showError(tr("The arrival time is in the future."));
        return;
    }
    auto filed = m_service.file(draft);
    if (!filed) {
        showError(filed.error().toString());
        return;
    }
    accept();
    emit ticketFiled(filed->id);
}

} // namespace dd
