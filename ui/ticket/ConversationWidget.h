#pragma once

#include "core/domain/Ticket.h"
#include "core/intake/MailMessage.h"
#include "core/storage/TicketConversation.h"

#include <QHash>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace dd {

class TicketService;

// The Messages tab (issue 15): the whole exchange of a ticket as a thread, newest at the
// bottom — client messages with their channel, sender and attachments (opened with the
// desktop's application), replies with their delivery state (a failed one can be sent
// again), internal notes in their own colour, and the texts typed with actions. Under it
// the editor: a reply to the client or an internal note; Ctrl+Enter sends, Esc discards.
// A draft belongs to its ticket: it survives switching tickets and a refresh.
class ConversationWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reply, Note };

    explicit ConversationWidget(QWidget* parent = nullptr);

    void setService(const TicketService* service);
    // Loads the conversation; the editor shows this ticket's draft.
    void showTicket(const Ticket& ticket);
    void clear();
    // Puts the cursor in the editor, as a reply or as a note.
    void start(Mode mode);
    Mode mode() const;
    int entryCount() const { return int(m_entries.size()); }
    const QList<ConversationEntry>& entries() const { return m_entries; }
    // Appends a file to the draft; false (and a message) when it cannot go with a reply.
    bool attachFile(const QString& path);
    // Inserts `text` at the cursor (a template).
    void insertText(const QString& text);
    QString message() const;

signals:
    void ticketChanged(qint64 ticketId);

public slots:
    void send();
    void discard();
    // The canned answers, filtered as one types; the chosen one goes in at the cursor.
    void pickTemplate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft
    {
        QString text;
        Mode mode = Mode::Reply;
        QList<MailAttachment> attachments;
    };

    QWidget* createEditorBox(QWidget* parent);
    QHBoxLayout* createEditorButtons(QWidget* editorBox);
    void reload();
    void storeDraft();
    void restoreDraft();
    void updateEditor();
    void openLink(const QUrl& link);
    void retryMail(qint64 mailId);
    // Opens it with the desktop's application, from a temporary folder kept while the console runs.
    void openAttachment(qint64 attachmentId);
    void chooseAttachment();
    void showMessage(const QString& text, bool error);

    const TicketService* m_service = nullptr;
    Ticket m_ticket;
    QList<ConversationEntry> m_entries;
    QHash<qint64, Draft> m_drafts;
    QList<MailAttachment> m_attachments; // of the draft on screen
    std::unique_ptr<QTemporaryDir> m_opened; // attachments handed to other applications

    QTextBrowser* m_thread = nullptr;
    QComboBox* m_mode = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_attachmentList = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_template = nullptr;
};

} // namespace dd
