#include "ui/intake/QuarantineDialog.h"

#include "core/intake/IntakeRules.h"
#include "core/intake/MailParser.h"
#include "core/intake/QuarantineDetail.h"
#include "ui/common/DataSize.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/PlainText.h"
#include "ui/common/RoleGate.h"
#include "ui/common/VocabularyNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

enum Column { Received, Sender, Subject, Reason, Size, Attachments, Outcome, ColumnCount };

QString reasonName(const QString& slug)
{
    if (slug == quarantine_reason::autoReply) {
        return QuarantineDialog::tr("Automatic reply");
    }
    if (slug == quarantine_reason::unknownSender) {
        return QuarantineDialog::tr("Unknown sender");
    }
    if (slug == quarantine_reason::ambiguousSender) {
        return QuarantineDialog::tr("Sender of two clients");
    }
    if (slug == quarantine_reason::foreignTicket) {
        return QuarantineDialog::tr("Another client's ticket");
    }
    if (slug == quarantine_reason::malformed) {
        return QuarantineDialog::tr("Unreadable mail");
    }
    if (slug == quarantine_reason::noProject) {
        return QuarantineDialog::tr("Project unclear");
    }
    if (slug == quarantine_reason::spam) {
        return QuarantineDialog::tr("Spam");
    }
    return slug;
}

QString addressText(const MailAddress& address)
{
    return address.displayName.isEmpty() ? address.address
                                         : QStringLiteral("%1 <%2>").arg(address.displayName, address.address);
}

} // namespace

QuarantineDialog::QuarantineDialog(const Database& database, const Actor& actor, const MailAddress& supportAddress,
                                   QWidget* parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_permissions(RoleGate::permissions(database, actor))
    , m_worker(database, QStringLiteral("dutydesk-quarantine"))
{
    setObjectName(QStringLiteral("quarantineDialog"));
    setWindowTitle(tr("Mail quarantine"));
    setModal(false);
    m_settings.supportAddress = supportAddress;
    m_service = std::make_unique<QuarantineService>(database, m_settings);

    QHBoxLayout* filterRow = createFilterRow();
    QSplitter* mailView = createMailView();
    QHBoxLayout* releaseRow = createReleaseRow();
    QHBoxLayout* discardRow = createDiscardRow();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("quarantineMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(mailView, 1);
    layout->addLayout(releaseRow);
    layout->addLayout(discardRow);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &QuarantineDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QuarantineDialog::showSelected);
    connect(m_allProjects, &QCheckBox::toggled, this, &QuarantineDialog::fillProjects);
    connect(m_release, &QPushButton::clicked, this, &QuarantineDialog::release);
    connect(m_discard, &QPushButton::clicked, this, &QuarantineDialog::discard);
    connect(m_reason, &QLineEdit::returnPressed, this, &QuarantineDialog::discard);

    resize(1040, 680);
    refresh();
}

QuarantineDialog::~QuarantineDialog() = default;

QHBoxLayout* QuarantineDialog::createFilterRow()
{
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("quarantineFilter"));
    m_filter->addItem(tr("Open"), QStringLiteral("held"));
    m_filter->addItem(tr("Released"), QStringLiteral("released"));
    m_filter->addItem(tr("Discarded"), QStringLiteral("discarded"));
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    auto* reload = new QPushButton(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("quarantineReload"));
    connect(reload, &QPushButton::clicked, this, &QuarantineDialog::refresh);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(reload);
    return filterRow;
}

// The list of held mails over the selected one's text.
QSplitter* QuarantineDialog::createMailView()
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    m_table->setHorizontalHeaderLabels({ tr("Received (Moscow)"), tr("Sender"), tr("Subject"), tr("Reason"), tr("Size"),
                                         tr("Attachments"), tr("Outcome") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Subject, QHeaderView::Stretch);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("quarantinePreview"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select a mail to read it."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QHBoxLayout* QuarantineDialog::createReleaseRow()
{
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("releaseProjectCombo"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->setMinimumContentsLength(28);
    auto* projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_project);
    m_allProjects = new QCheckBox(tr("&All active projects"), this);
    m_allProjects->setObjectName(QStringLiteral("allProjectsCheck"));
    m_release = new QPushButton(tr("&Release into a ticket"), this);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    auto* releaseRow = new QHBoxLayout;
    releaseRow->addWidget(projectLabel);
    releaseRow->addWidget(m_project, 1);
    releaseRow->addWidget(m_allProjects);
    releaseRow->addWidget(m_release);
    return releaseRow;
}

QHBoxLayout* QuarantineDialog::createDiscardRow()
{
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("discardReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the mail is set aside (spam, duplicate, …)"));
    auto* reasonLabel = new QLabel(tr("Discard &reason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    auto* discardRow = new QHBoxLayout;
    discardRow->addWidget(reasonLabel);
    discardRow->addWidget(m_reason, 1);
    discardRow->addWidget(m_discard);
    return discardRow;
}

QString QuarantineDialog::currentStatus() const
{
    return m_filter->currentData().toString();
}

qint64 QuarantineDialog::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), Received)->data(Qt::UserRole).toLongLong();
}

bool QuarantineDialog::selectMail(qint64 quarantineId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Received)->data(Qt::UserRole).toLongLong() == quarantineId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void QuarantineDialog::refresh()
{
    const qint64 keep = selectedId();
    const int keepRow = m_table->currentRow();
    const quint64 request = ++m_listRequest;
    m_worker.post([this, request, keep, keepRow, status = currentStatus(), settings = m_settings] {
        auto items = m_worker.withRetry<QList<QuarantineListItem>>(
            [&](const Database& database) { return QuarantineService(database, settings).overview(status); });
        QMetaObject::invokeMethod(this,
                                  [this, request, items, keep, keepRow] { showList(request, items, keep, keepRow); });
    });
    updateActions();
}

void QuarantineDialog::showList(quint64 request, const Result<QList<QuarantineListItem>>& items, qint64 keep,
                                int keepRow)
{
    if (request != m_listRequest) {
        return; // a newer refresh is on its way
    }
    m_shownRequest = request;
    m_table->setRowCount(0);
    if (!items) {
        showError(items.error().message);
        showSelected();
        emit listed();
        return;
    }
    const bool resolved = currentStatus() != QLatin1String("held");
    m_table->setColumnHidden(Outcome, !resolved);
    m_table->setRowCount(int(items->size()));
    for (int row = 0; row < items->size(); ++row) {
        const QuarantineListItem& item = items->at(row);
        const QuarantineEntry& entry = item.entry;
        QString outcome;
        if (entry.status == QLatin1String("released")) {
            outcome = item.ticketError.isEmpty() ? tr("Ticket #%1 (%2)").arg(item.ticketNumber).arg(entry.resolvedBy)
                                                 : item.ticketError;
        } else if (entry.status == QLatin1String("discarded")) {
            outcome = tr("%1 (%2)").arg(entry.resolutionNote, entry.resolvedBy);
        }
        const QStringList cells { formatMoscowDateTime(entry.arrived),
                                  entry.sender,
                                  entry.subject,
                                  reasonName(entry.reason),
                                  formatDataSize(item.size),
                                  QString::number(item.attachments),
                                  outcome };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == Size || column == Attachments) {
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, cell);
        }
        m_table->item(row, Received)->setData(Qt::UserRole, entry.id);
        // A stranger's mail: its subject and the reason's detail shown as they came.
        m_table->item(row, Reason)->setToolTip(plainToolTip(localizedQuarantineDetail(entry.detail)));
        m_table->item(row, Received)->setToolTip(moscowDateTimeToolTip(entry.arrived));
        m_table->item(row, Subject)->setToolTip(plainToolTip(entry.subject));
    }
    // Stay on the same mail; when it left the list, on the row that took its place.
    if (!selectMail(keep) && m_table->rowCount() > 0 && keep != 0) {
        m_table->selectRow(qBound(0, keepRow, m_table->rowCount() - 1));
    }
    showSelected();
    emit listed();
}

QuarantineDialog::Preview QuarantineDialog::preview(qint64 id) const
{
    auto held = m_service->store().quarantined(id);
    if (!held) {
        return { held.error().message, {} };
    }
    const auto& [entry, raw] = held.value();
    QStringList lines;
    lines << tr("Reason: %1 — %2").arg(reasonName(entry.reason), localizedQuarantineDetail(entry.detail));
    if (entry.status == QLatin1String("discarded")) {
        lines << tr("Discarded by %1: %2").arg(entry.resolvedBy, entry.resolutionNote);
    } else if (entry.status == QLatin1String("released")) {
        lines << tr("Released by %1").arg(entry.resolvedBy);
    }
    lines << tr("Received: %1 (Moscow)").arg(formatMoscowDateTime(entry.arrived));
    auto parsed = MailParser().parse(raw);
    if (!parsed) {
        // Unreadable mail: the parser's error and the raw text are all there is to read.
        lines << tr("The mail cannot be read: %1").arg(parsed.error().message) << QString()
              << QString::fromUtf8(raw.left(64 * 1024));
        return { lines.join(QLatin1Char('\n')), {} };
    }
    const MailMessage& mail = parsed.value();
    lines << tr("From: %1").arg(addressText(mail.from));
    if (!mail.replyTo.isEmpty()) {
        lines << tr("Reply-To: %1").arg(addressText(mail.replyTo));
    }
    if (mail.date.isValid()) {
        lines << tr("Date: %1 (Moscow)").arg(formatMoscowDateTime(mail.date));
    }
    lines << tr("Subject: %1").arg(mail.subject);
    if (!mail.messageIdSynthesized) {
        lines << tr("Message-ID: %1").arg(mail.messageId);
    }
    if (!mail.attachments.isEmpty()) {
        QStringList names;
        for (const MailAttachment& attachment : mail.attachments) {
            names << QStringLiteral("%1 (%2)").arg(attachment.fileName, formatDataSize(attachment.size));
        }
        lines << tr("Attachments: %1").arg(names.join(QStringLiteral(", ")));
    }
    lines << QString() << mail.text;
    return { lines.join(QLatin1Char('\n')), mail.from.address };
}

void QuarantineDialog::showSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_preview->clear();
        m_selectedSender.clear();
    } else {
        const Preview shown = preview(id);
        m_preview->setPlainText(shown.text);
        m_selectedSender = shown.sender;
    }
    fillProjects();
    updateActions();
}

void QuarantineDialog::fillProjects()
{
    const qint64 previous = m_project->currentData().toLongLong();
    m_project->clear();
    auto projects = m_service->projects();
    if (!projects) {
        showError(projects.error().message);
        updateActions();
        return;
    }
    // The sender's client's projects first: the intake's own sender rule says whose.
    qint64 clientId = 0;
    if (!m_selectedSender.isEmpty()) {
        if (auto directory = m_service->store().senderDirectory(); directory) {
            clientId = IntakeRules::matchSender(m_selectedSender, *directory).clientId.value_or(0);
        }
    }
    m_senderClientId = clientId;
    const bool all = m_allProjects->isChecked() || clientId == 0;
    QList<std::pair<qint64, QStringList>> candidates;
    for (const Project& project : *projects) {
        if (project.status != ProjectStatus::Active || (!all && project.clientId != clientId)) {
            continue;
        }
        m_project->addItem(QStringLiteral("%1 — %2").arg(project.clientName, project.name), project.id);
        candidates.append({ project.id, project.siteUrls });
    }
    qint64 preferred = previous;
    if (clientId != 0 && !m_allProjects->isChecked()) {
        preferred = IntakeRules::chooseProject(candidates, m_preview->toPlainText()).value_or(previous);
    }
    if (const int index = m_project->findData(preferred); index >= 0) {
        m_project->setCurrentIndex(index);
    }
    updateActions();
}

void QuarantineDialog::updateActions()
{
    const bool open = currentStatus() == QLatin1String("held") && selectedId() != 0;
    // Offered only to whom the server lets resolve it (docs/shared-database.md#ui).
    const auto resolve = Permissions::Action::ResolveQuarantine;
    RoleGate::apply(m_release, m_permissions, resolve, open && m_project->count() > 0);
    RoleGate::apply(m_discard, m_permissions, resolve, open);
    RoleGate::apply(m_reason, m_permissions, resolve, open);
    RoleGate::apply(m_project, m_permissions, resolve, open);
    // A stranger's mail already offers every active project.
    m_allProjects->setEnabled(open && m_senderClientId != 0);
}

void QuarantineDialog::release()
{
    const qint64 id = selectedId();
    const qint64 projectId = m_project->currentData().toLongLong();
    if (id == 0 || projectId == 0) {
        showError(tr("Select a mail and a project first."));
        return;
    }
    auto released = m_service->release(id, projectId, m_actor);
    if (!released) {
        showError(tr("The mail was not released: %1").arg(released.error().message));
        return;
    }
    showInfo(tr("Released as ticket #%1 in %2.").arg(released->ticketNumber).arg(m_project->currentText()));
    emit mailReleased(id, released->ticketId, released->ticketNumber);
    refresh();
}

void QuarantineDialog::discard()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showError(tr("Select a mail first."));
        return;
    }
    if (auto discarded = m_service->discard(id, m_reason->text(), m_actor); !discarded) {
        showError(tr("The mail was not discarded: %1").arg(discarded.error().message));
        return;
    }
    showInfo(tr("Discarded: %1").arg(m_reason->text().trimmed()));
    m_reason->clear();
    emit mailDiscarded(id);
    refresh();
}

void QuarantineDialog::showError(const QString& message)
{
    m_message->setProperty("error", true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void QuarantineDialog::showInfo(const QString& message)
{
    m_message->setProperty("error", false);
    m_message->setStyleSheet(QString());
    m_message->setText(message);
}

} // namespace dd
