#include "ui/ticket/TicketDetailWidget.h"

#include "core/billing/TicketFeedback.h"
#include "core/domain/TicketEventText.h"
#include "core/sla/Categories.h"
#include "core/sla/ExplanationText.h"
#include "core/sla/SlaEngine.h"
#include "core/util/Clock.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/PlainText.h"
#include "ui/common/VocabularyNames.h"
#include "ui/common/WrappingItemDelegate.h"
#include "ui/reports/WorkLogWidget.h"
#include "ui/ticket/ConversationWidget.h"
#include "ui/ticket/TicketService.h"
#include "ui/ticket/TriageEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QLabel* makeValueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    // Rich (links, emphasis): every user's string in it is escaped (issue 18 point 2).
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

TicketDetailWidget::TicketDetailWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // the subject as typed: quotes, "&", "<b>"
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_tabs->addTab(createOverview(), tr("Ticket"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setHeaderLabels({ tr("When (Moscow)"), tr("Who"), tr("What") });
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->header()->setStretchLastSection(true);
    m_history->setItemDelegate(new WrappingItemDelegate(m_history, 2)); // a long comment wraps, in full
    m_tabs->addTab(m_history, tr("History"));
    m_conversation = new ConversationWidget(m_tabs);
    connect(m_conversation, &ConversationWidget::ticketChanged, this, &TicketDetailWidget::ticketChanged);
    m_tabs->addTab(m_conversation, tr("Messages"));
    m_workLog = new WorkLogWidget(m_tabs);
    m_workLog->setObjectName(QStringLiteral("workLog"));
    m_tabs->addTab(m_workLog, tr("Work log"));
    // The work timer sits in the header: seen and stopped from any tab (issue 18).
    header->addWidget(m_workLog->timerBar(), 0, Qt::AlignTop);
    connect(m_workLog, &WorkLogWidget::timerStopped, this, [this] { m_tabs->setCurrentWidget(m_workLog); });
    layout->addWidget(m_tabs, 1);
}

QWidget* TicketDetailWidget::createOverview()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    auto* fieldsBox = new QWidget(page);
    m_fields = new QFormLayout(fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(fieldsBox);

    auto* triageBox = new QGroupBox(tr("Triage"), page);
    auto* triageLayout = new QVBoxLayout(triageBox);
    m_triage = new TriageEditor(triageBox);
    connect(m_triage, &TriageEditor::ticketChanged, this, &TicketDetailWidget::ticketChanged);
    triageLayout->addWidget(m_triage);
    layout->addWidget(triageBox);

    auto* clocksBox = new QGroupBox(tr("SLA clocks"), page);
    clocksBox->setObjectName(QStringLiteral("clocksBox"));
    m_clocksLayout = new QVBoxLayout(clocksBox);
    layout->addWidget(clocksBox);

    auto* peopleBox = new QGroupBox(tr("Project team"), page);
    auto* people = new QFormLayout(peopleBox);
    m_accountManager = makeValueLabel(peopleBox);
    m_accountManager->setObjectName(QStringLiteral("accountManagerLabel"));
    m_programmer = makeValueLabel(peopleBox);
    m_programmer->setObjectName(QStringLiteral("programmerLabel"));
    m_tester = makeValueLabel(peopleBox);
    m_tester->setObjectName(QStringLiteral("testerLabel"));
    people->addRow(tr("Account manager:"), m_accountManager);
    people->addRow(tr("Programmer:"), m_programmer);
    people->addRow(tr("Tester:"), m_tester);
    layout->addWidget(peopleBox);

    auto* descriptionBox = new QGroupBox(tr("Description"), page);
    auto* descriptionLayout = new QVBoxLayout(descriptionBox);
    m_description = makeValueLabel(descriptionBox);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    descriptionLayout->addWidget(m_description);
    layout->addWidget(descriptionBox);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void TicketDetailWidget::setContext(const TicketService* service, const SlaEngine* engine)
{
    m_service = service;
    m_engine = engine;
    m_conversation->setService(service);
    m_triage->setService(service);
    m_workLog->setContext(service ? &service->database() : nullptr, engine, m_actor);
}

void TicketDetailWidget::setActor(const Actor& actor)
{
    m_actor = actor;
    m_workLog->setContext(m_service ? &m_service->database() : nullptr, m_engine, m_actor);
}

void TicketDetailWidget::compose(bool note)
{
    m_tabs->setCurrentWidget(m_conversation);
    m_conversation->start(note ? ConversationWidget::Mode::Note : ConversationWidget::Mode::Reply);
}

void TicketDetailWidget::setPeople(const QList<User>& users, const QList<Project>& projects)
{
    m_users.clear();
    for (const User& user : users) {
        m_users.insert(user.id, user);
    }
    m_projects.clear();
    for (const Project& project : projects) {
        m_projects.insert(project.id, project);
    }
    m_triage->setUsers(users);
}

void TicketDetailWidget::showTicket(const QueueEntry& entry)
{
    const Ticket& t = entry.ticket;
    const bool sameTicket = m_ticketId == t.id;
    m_ticketId = t.id;
    m_title->setText(tr("#%1 %2").arg(t.number).arg(t.subject));
    fillFields(entry);
    const auto project = m_projects.constFind(t.projectId);
    fillPeople(project != m_projects.cend() ? &project.value() : nullptr);
    fillClocks(entry);
    QString description = t.description.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (!t.stepsToReproduce.isEmpty()) {
        description += QStringLiteral("<p><b>%1</b><br>%2</p>")
                           .arg(tr("Steps to reproduce:"),
                                t.stepsToReproduce.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    m_description->setText(description.isEmpty() ? tr("<i>No description.</i>") : description);
    const int rating = fillHistory(t.id);
    // The latest `rated` event; the column is what older data (and the demo) carry.
    if (rating > 0 || t.rating > 0) {
        QLabel* ratingLabel = makeValueLabel(this);
        ratingLabel->setObjectName(QStringLiteral("ratingValue"));
        ratingLabel->setText(QString::number(rating > 0 ? rating : t.rating));
        m_fields->addRow(tr("Rating:"), ratingLabel);
    }
    m_triage->showTicket(t);
    fillMessages(t);
    // A live refresh of the same ticket keeps what the user is typing into the form.
    const Status loaded = sameTicket ? m_workLog->reload() : m_workLog->setTicket(t.id, t.number);
    if (!loaded) {
        qWarning("work log of ticket %lld: %s", t.id, qPrintable(loaded.error().toString()));
    }
}

void TicketDetailWidget::fillFields(const QueueEntry& entry)
{
    const Ticket& t = entry.ticket;
    while (m_fields->rowCount() > 0) {
        m_fields->removeRow(0);
    }
    auto add = [this](const QString& label, const QString& value, const QString& name = {}) {
        QLabel* valueLabel = makeValueLabel(this);
        valueLabel->setText(value);
        valueLabel->setObjectName(name);
        m_fields->addRow(label, valueLabel);
    };
    add(tr("Client:"), entry.clientName.toHtmlEscaped());
    // The tariff as people call it («Стандартный»), its code only when it has no name.
    add(tr("Project:"),
        tr("%1 (tariff %2)")
            .arg(t.projectName.toHtmlEscaped(), (t.tariffName.isEmpty() ? t.tariff : t.tariffName).toHtmlEscaped()));
    QString status = statusName(t.status);
    if (t.waitingReason) {
        status += QStringLiteral(": ") + waitingReasonName(*t.waitingReason);
    }
    if (t.escalated) {
        status += QStringLiteral(" · <b>%1</b>").arg(tr("escalated"));
    }
    add(tr("Status:"), status, QStringLiteral("statusValue"));
    const auto level = parseSlaLevel(t.level);
    add(tr("Level:"), level ? slaLevelName(*level) : t.level, QStringLiteral("levelValue"));
    add(tr("Category:"),
        t.category.isEmpty() ? tr("<i>not triaged</i>") : Categories::name(t.category).toHtmlEscaped());
    add(tr("Channel:"), channelName(t.channel));
    add(tr("Arrived:"), formatMoscowDateTime(t.arrived));
    const QString assignee = t.assigneeName.isEmpty() ? t.assigneeLogin : t.assigneeName;
    add(tr("Assignee:"), assignee.isEmpty() ? tr("<i>unassigned</i>") : assignee.toHtmlEscaped(),
        QStringLiteral("assigneeValue"));
    if (!t.pageUrl.isEmpty()) {
        add(tr("Page:"), QStringLiteral("<a href=\"%1\">%1</a>").arg(t.pageUrl.toHtmlEscaped()));
    }
}

QString TicketDetailWidget::personText(qint64 userId) const
{
    const auto user = m_users.constFind(userId);
    if (userId == 0 || user == m_users.cend()) {
        return tr("<i>nobody assigned</i>");
    }
    QString text = user->displayName().toHtmlEscaped();
    if (!user->email.isEmpty()) {
        text += QStringLiteral(" · <a href=\"mailto:%1\">%1</a>").arg(user->email.toHtmlEscaped());
    }
    return text;
}

void TicketDetailWidget::fillPeople(const Project* project)
{
    m_accountManager->setText(personText(project ? project->accountManagerId : 0));
    m_programmer->setText(personText(project ? project->programmerId : 0));
    m_tester->setText(personText(project ? project->testerId : 0));
}

void TicketDetailWidget::fillClocks(const QueueEntry& entry)
{
    clearLayout(m_clocksLayout);
    if (entry.clocks.empty()) {
        auto* none = new QLabel(entry.open ? tr("No clock is running.")
                                           : tr("The ticket is %1; its clocks have "
                                                "stopped.")
                                                 .arg(statusName(entry.ticket.status)),
                                m_clocksLayout->parentWidget());
        none->setWordWrap(true);
        m_clocksLayout->addWidget(none);
        return;
    }
    // Read at this second from the clocks already computed: no history reload.
    const qint64 now = Clock::current().nowUtc().toSecsSinceEpoch();
    for (const TicketClock& clock : entry.clocks) {
        const ClockReading reading
            = m_engine ? readClock(*m_engine, clock, now) : ClockReading { clock.state, clock.remaining };
        auto* label = new QLabel(m_clocksLayout->parentWidget());
        label->setObjectName(QStringLiteral("clock-") + clockKindId(clock.kind));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QString text
            = QStringLiteral("<b>%1</b> — <span style=\"color:%2\"><b>%3</b></span>")
                  .arg(clockKindName(clock.kind), clockStateColor(reading.state).name(), clockStateName(reading.state));
        if (clock.isError()) {
            text += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>").arg(clock.error.toHtmlEscaped());
        } else if (clock.isExcluded()) {
            text += tr("<br>The ticket left the SLA; this clock is not counted in any figure.");
        } else if (clock.hasTarget()) {
            const QString deadline = formatMoscowDateTime(QDateTime::fromSecsSinceEpoch(clock.deadline, Qt::UTC));
            if (reading.state == ClockState::Breached && m_engine) {
                const qint64 until = clock.stopped ? *clock.stopped : now;
                text += QStringLiteral("<br>")
                    + overdueInWords(*m_engine, clock.level, clock.deadline, until).toHtmlEscaped();
            } else {
                text += tr("<br>allowed %1, left %2, deadline %3")
                            .arg(formatDuration(clock.allowed), formatCountdown(reading.remaining), deadline);
            }
            text += explanationText(entry, clock);
        }
        label->setText(text);
        m_clocksLayout->addWidget(label);
    }
}

QString TicketDetailWidget::explanationText(const QueueEntry& entry, const TicketClock& clock) const
{
    if (!m_engine) {
        return {};
    }
    const auto explanation = m_engine->explain(clock.started, clock.level, entry.ticket.tariff);
    const QString tariff = entry.ticket.tariffName.isEmpty() ? entry.ticket.tariff : entry.ticket.tariffName;
    QString text = QStringLiteral("<br><small>%1")
                       .arg(tr("Tariff “%1”, %2 level.").arg(tariff, slaLevelName(clock.level)).toHtmlEscaped());
    if (explanation && explanation->deadline == clock.deadline) {
        text += QLatin1Char(' ') + explanationInWords(*explanation).toHtmlEscaped();
    } else {
        // Waiting paused it: the windows from the start would not add up to this deadline.
        text += QLatin1Char(' ')
            + tr("Paused while the ticket waited; %1 counted so far.")
                  .arg(formatDuration(clock.consumed))
                  .toHtmlEscaped();
    }
    return text + QStringLiteral("</small>");
}

int TicketDetailWidget::fillHistory(qint64 ticketId)
{
    m_history->clear();
    if (!m_service) {
        return 0;
    }
    auto events = m_service->history(ticketId);
    if (!events) {
        new QTreeWidgetItem(m_history, { QString(), QString(), events.error().toString() });
        return 0;
    }
    // Without the names the logins stand in: the history is still worth showing.
    auto names = m_service->peopleNames();
    const TicketEventText::PeopleNames people = names ? *names : TicketEventText::PeopleNames {};
    for (const TicketEventRecord& event : *events) {
        auto* item = new QTreeWidgetItem(m_history,
                                         { formatMoscowDateTime(event.at), TicketEventText::who(event, people),
                                           TicketEventText::describe(event, people) });
        item->setToolTip(0, moscowDateTimeToolTip(event.at));
        item->setToolTip(2, plainToolTip(item->text(2)));
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    return TicketFeedback::rating(*events);
}

void TicketDetailWidget::fillMessages(const Ticket& ticket)
{
    m_conversation->showTicket(ticket);
    m_tabs->setTabText(m_tabs->indexOf(m_conversation), tr("Messages (%1)").arg(m_conversation->entryCount()));
}

} // namespace dd
