#include "ui/ticket/ConversationWidget.h"

#include "core/domain/TicketFlow.h"
#include "ui/common/DataSize.h"
#include "ui/common/VocabularyNames.h"
#include "ui/ticket/ConversationFiles.h"
#include "ui/ticket/ConversationHtml.h"
#include "ui/ticket/TemplatePicker.h"
#include "ui/ticket/TicketService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace dd {

namespace {

bool isSendKey(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers().testFlag(Qt::ControlModifier);
}

} // namespace

ConversationWidget::ConversationWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conversation"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_thread = new QTextBrowser(splitter);
    m_thread->setObjectName(QStringLiteral("messagesView"));
    m_thread->setOpenLinks(false);
    connect(m_thread, &QTextBrowser::anchorClicked, this, &ConversationWidget::openLink);
    splitter->addWidget(m_thread);
    splitter->addWidget(createEditorBox(splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    updateEditor();
}

QWidget* ConversationWidget::createEditorBox(QWidget* parent)
{
    auto* editorBox = new QWidget(parent);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 4, 0, 0);
    auto* top = new QHBoxLayout;
    m_mode = new QComboBox(editorBox);
    m_mode->setObjectName(QStringLiteral("editorMode"));
    m_mode->addItem(tr("Reply to the client"), int(Mode::Reply));
    m_mode->addItem(tr("Internal note (never sent)"), int(Mode::Note));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConversationWidget::updateEditor);
    top->addWidget(m_mode);
    m_message = new QLabel(editorBox);
    m_message->setObjectName(QStringLiteral("conversationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // errors may quote addresses and names
    top->addWidget(m_message, 1);
    editorLayout->addLayout(top);
    m_editor = new QPlainTextEdit(editorBox);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ConversationWidget::updateEditor);
    editorLayout->addWidget(m_editor, 1);
    m_attachmentList = new QLabel(editorBox);
    m_attachmentList->setObjectName(QStringLiteral("draftAttachments"));
    m_attachmentList->setWordWrap(true);
    m_attachmentList->setTextFormat(Qt::PlainText); // file names as they are
    editorLayout->addWidget(m_attachmentList);
    editorLayout->addLayout(createEditorButtons(editorBox));
    return editorBox;
}

QHBoxLayout* ConversationWidget::createEditorButtons(QWidget* editorBox)
{
    auto* buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach…"), editorBox);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    connect(m_attach, &QPushButton::clicked, this, &ConversationWidget::chooseAttachment);
    m_template = new QPushButton(tr("Template…"), editorBox);
    m_template->setObjectName(QStringLiteral("templateButton"));
    m_template->setToolTip(tr("Insert a canned answer (Ctrl+Shift+T)"));
    m_template->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_template, &QPushButton::clicked, this, &ConversationWidget::pickTemplate);
    auto* discardButton = new QPushButton(tr("Discard"), editorBox);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    discardButton->setToolTip(tr("Esc"));
    connect(discardButton, &QPushButton::clicked, this, &ConversationWidget::discard);
    m_send = new QPushButton(editorBox);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &ConversationWidget::send);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_template);
    buttons->addStretch(1);
    buttons->addWidget(discardButton);
    buttons->addWidget(m_send);
    return buttons;
}

void ConversationWidget::setService(const TicketService* service)
{
    m_service = service;
}

ConversationWidget::Mode ConversationWidget::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

QString ConversationWidget::message() const
{
    return m_message->text();
}

void ConversationWidget::showTicket(const Ticket& ticket)
{
    if (ticket.id != m_ticket.id) {
        storeDraft();
        m_ticket = ticket;
        restoreDraft();
        m_message->clear();
    } else {
        m_ticket = ticket; // a refresh: the draft on screen stays as typed
    }
    reload();
    updateEditor();
}

void ConversationWidget::clear()
{
    storeDraft();
    m_ticket = Ticket {};
    m_ticket.id = 0;
    m_entries.clear();
    m_thread->clear();
    restoreDraft();
}

void ConversationWidget::storeDraft()
{
    if (m_ticket.id == 0) {
        return;
    }
    const Draft draft { m_editor->toPlainText(), mode(), m_attachments };
    if (draft.text.isEmpty() && draft.attachments.isEmpty()) {
        m_drafts.remove(m_ticket.id);
    } else {
        m_drafts.insert(m_ticket.id, draft);
    }
}

void ConversationWidget::restoreDraft()
{
    const Draft draft = m_drafts.value(m_ticket.id);
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(draft.text);
    m_mode->setCurrentIndex(m_mode->findData(int(draft.mode)));
    m_attachments = draft.attachments;
}

void ConversationWidget::reload()
{
    m_entries.clear();
    if (!m_service || m_ticket.id == 0) {
        m_thread->clear();
        return;
    }
    auto entries = m_service->conversation(m_ticket.id);
    if (!entries) {
        m_thread->setPlainText(entries.error().toString());
        return;
    }
    m_entries = *entries;
    const auto loose = m_service->looseAttachments(m_ticket.id); // an error there leaves them out
    const QString html = conversationHtml(m_entries, loose ? *loose : QList<AttachmentInfo> {});
    m_thread->setHtml(html.isEmpty() ? tr("<i>No messages yet.</i>") : html);
    // Newest at the bottom, in view — once the layout knows the document's height.
    m_thread->moveCursor(QTextCursor::End);
    QTimer::singleShot(0, m_thread, [thread = m_thread] {
        thread->verticalScrollBar()->setValue(thread->verticalScrollBar()->maximum());
    });
}

void ConversationWidget::openLink(const QUrl& link)
{
    const QString text = link.toString();
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    const qint64 id = text.section(QLatin1Char(':'), 1, 1).toLongLong();
    if (!m_service || id <= 0) {
        return;
    }
    if (kind == QLatin1String("retry")) {
        retryMail(id);
    } else if (kind == QLatin1String("attachment")) {
        openAttachment(id);
    } else if (kind == QLatin1String("original")) {
        auto raw = m_service->originalMail(m_ticket.id, id);
        if (auto saved = raw ? saveOriginalMail(this, id, *raw) : Status(raw.error()); !saved) {
            showMessage(saved.error().toString(), true);
        }
    }
}

void ConversationWidget::retryMail(qint64 mailId)
{
    if (auto retried = m_service->retryMail(mailId); !retried) {
        showMessage(retried.error().toString(), true);
        return;
    }
    showMessage(tr("The mail goes out with the intake's next cycle."), false);
    reload();
    emit ticketChanged(m_ticket.id);
}

void ConversationWidget::openAttachment(qint64 attachmentId)
{
    QString name;
    for (const ConversationEntry& entry : std::as_const(m_entries)) {
        for (const AttachmentInfo& attachment : entry.attachments) {
            name = attachment.id == attachmentId ? attachment.fileName : name;
        }
    }
    auto content = m_service->attachmentContent(attachmentId);
    if (!m_opened) {
        m_opened = std::make_unique<QTemporaryDir>();
    }
    auto opened = content
        ? openAttachmentWithDesktop(*m_opened, attachmentId,
                                    name.isEmpty() ? QStringLiteral("attachment-%1").arg(attachmentId) : name, *content)
        : Status(content.error());
    if (!opened) {
        showMessage(opened.error().toString(), true);
    }
}

void ConversationWidget::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
    m_message->setText(text);
}

void ConversationWidget::start(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void ConversationWidget::updateEditor()
{
    const bool note = mode() == Mode::Note;
    const bool open = m_ticket.id != 0 && TicketFlow::isOpen(m_ticket.status);
    const bool usable = m_service && m_ticket.id != 0 && (open || note);
    m_send->setText(note ? tr("Add note (Ctrl+Enter)") : tr("Send reply (Ctrl+Enter)"));
    m_editor->setPlaceholderText(note ? tr("A note for colleagues; the client never sees it.")
                                     : open
                                     ? tr("Your reply to the client; it is e-mailed from the support address.")
                                     : tr("The ticket is %1: reopen it to reply.").arg(statusName(m_ticket.status)));
    m_editor->setStyleSheet(note ? QStringLiteral("QPlainTextEdit { background: #fff6d5; }") : QString());
    m_editor->setEnabled(m_ticket.id != 0);
    m_send->setEnabled(usable && !m_editor->toPlainText().trimmed().isEmpty());
    m_attach->setEnabled(usable && !note);
    m_template->setEnabled(m_ticket.id != 0);
    QStringList names;
    for (const MailAttachment& attachment : std::as_const(m_attachments)) {
        names << QStringLiteral("• %1 (%2)").arg(attachment.fileName, formatDataSize(attachment.size));
    }
    m_attachmentList->setText(note ? QString() : names.join(QStringLiteral("  ")));
    m_attachmentList->setVisible(!names.isEmpty() && !note);
}

bool ConversationWidget::attachFile(const QString& path)
{
    auto attachment = TicketReplies::readAttachment(path);
    if (!attachment) {
        showMessage(attachment.error().toString(), true);
        return false;
    }
    m_attachments << *attachment;
    m_message->clear();
    updateEditor();
    return true;
}

void ConversationWidget::chooseAttachment()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to the reply"));
    for (const QString& path : paths) {
        if (!attachFile(path)) {
            return;
        }
    }
}

void ConversationWidget::insertText(const QString& text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ConversationWidget::pickTemplate()
{
    if (!m_service || m_ticket.id == 0) {
        return;
    }
    auto templates = m_service->templates();
    auto values = m_service->templateValues(m_ticket.id);
    if (!templates || !values) {
        showMessage(!templates ? templates.error().toString() : values.error().toString(), true);
        return;
    }
    auto* picker = new TemplatePicker(*templates, *values, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { insertText(picker->chosenText()); });
    picker->open();
}

void ConversationWidget::send()
{
    if (!m_service || m_ticket.id == 0) {
        return;
    }
    const QString text = m_editor->toPlainText();
    const qint64 ticketId = m_ticket.id;
    if (mode() == Mode::Note) {
        auto noted = m_service->note(ticketId, text);
        if (!noted) {
            showMessage(noted.error().toString(), true);
            return;
        }
        m_ticket = *noted;
        showMessage(tr("Note added."), false);
    } else {
        auto sent = m_service->reply({ ticketId, text, m_attachments });
        if (!sent) {
            showMessage(sent.error().toString(), true); // the draft stays as typed
            return;
        }
        m_ticket = sent->ticket;
        showMessage(tr("Reply queued for %1.").arg(sent->recipient), false);
    }
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->clear();
    }
    m_attachments.clear();
    m_drafts.remove(ticketId);
    reload();
    updateEditor();
    emit ticketChanged(ticketId);
}

void ConversationWidget::discard()
{
    m_editor->clear();
    m_attachments.clear();
    m_drafts.remove(m_ticket.id);
    m_message->clear();
    updateEditor();
}

bool ConversationWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ours = isSendKey(key) || key->key() == Qt::Key_Escape;
        if (ours && event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the window's Ctrl+Enter (resolve) does not fire while typing here
            return true;
        }
        if (ours) {
            if (key->key() == Qt::Key_Escape) {
                discard();
            } else {
                send();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dd
