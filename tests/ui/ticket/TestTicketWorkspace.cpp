// Issue 15: the ticket pane as the engineer's workspace, driven offscreen through the
// console as an engineer would — reply and note from the inline editor, drafts that
// survive switching tickets and a conflict, take it, re-level, canned answers, a failed
// mail sent again, attachments opened by the desktop, a mail's original saved.
#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStore.h"
#include "core/storage/Database.h"
#include "core/storage/ReplyTemplates.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/ui/ticket/TicketDeskFixture.h"
#include "ui/MainWindow.h"
#include "ui/ticket/ConversationWidget.h"
#include "ui/ticket/TemplatePicker.h"
#include "ui/ticket/TriageEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace dd;

// Receives what the console hands to the desktop's default application.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};

class TestTicketWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replyAndNoteFromTheEditor();
    void draftSurvivesSwitchingTickets();
    void takeItAndRelevel();
    void conflictKeepsTheDraftAndTheInput();
    void templateInsert();
    void failedMailIsSentAgainAndAttachmentsOpen();
    void originalMailIsSavedByteForByte();
    void riskyActionsAskFirst();
    void clientMessageByPhone();
    void newRequestTakesStepsAndUrl();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& login) { return test::openConsole(m_location, login); }
    qint64 count(const QString& sql, const QVariantList& values = {}) const;
    qint64 fileTicket(const QString& subject, bool registered);

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_project = 0;
    qint64 m_annaId = 0;
    qint64 m_ticketId = 0;
    qint64 m_ticketNumber = 0;
};

void TestTicketWorkspace::init()
{
    m_db.reset();
    static int n = 0;
    m_location = *DatabaseLocation::parse(m_dir.filePath(QStringLiteral("workspace%1.sqlite").arg(++n)));
    auto desk = test::openTicketDesk(m_location, QStringLiteral("ООО «Ромашка»"));
    QVERIFY2(desk.ok(), qPrintable(desk ? QString() : desk.error().toString()));
    m_db = std::move(desk.value().db);
    m_annaId = desk->annaId;
    m_project = desk->projectId;
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                     "VALUES ('mail.support-address', 'support@echo-company.ru', 0)"))
                .ok());
    m_ticketId = fileTicket(QStringLiteral("Не работает фильтр по цене"), true);
    m_ticketNumber = TicketRepository(*m_db).get(m_ticketId)->number;
}

qint64 TestTicketWorkspace::fileTicket(const QString& subject, bool registered)
{
    Ticket draft;
    draft.projectId = m_project;
    draft.subject = subject;
    draft.arrived = Clock::current().nowUtc().addSecs(-600);
    auto filed = test::fileWithClientMail(*m_db, draft, QStringLiteral("Фильтр не работает"));
    auto registeredNow = filed && registered
        ? test::registerTicket(*m_db, *filed, QStringLiteral("boris"), QStringLiteral("bug-fixing"))
        : Status(Done {});
    if (!filed || !registeredNow) {
        qWarning("%s", qPrintable(!filed ? filed.error().toString() : registeredNow.error().toString()));
        return 0;
    }
    return filed->id;
}

qint64 TestTicketWorkspace::count(const QString& sql, const QVariantList& values) const
{
    auto query = m_db->run(sql, values);
    return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

void TestTicketWorkspace::replyAndNoteFromTheEditor()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    auto* conversation = test::requireChild<ConversationWidget>(window.get(), QStringLiteral("conversation"));
    auto* editor = test::requireChild<QPlainTextEdit>(conversation, QStringLiteral("replyEditor"));
    auto* tabs = test::requireChild<QTabWidget>(window.get(), QStringLiteral("ticketTabs"));

    // Ctrl+R: the Messages tab, the cursor in the editor under the thread (no modal dialog).
    test::press(window.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), conversation);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(conversation->mode(), ConversationWidget::Mode::Reply);
    QVERIFY(!window->findChild<QDialog*>(QStringLiteral("replyDialog")));
    // An empty reply goes nowhere.
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0);
    test::type(editor, QStringLiteral("Ольга, фильтр починили."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'olga@romashka.ru'")), 1);
    QCOMPARE(editor->toPlainText(), QString());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'reply' AND ticket_id = ?"),
                   { m_ticketId }),
             1);
    // Ctrl+Enter in the editor sent the reply; it did not resolve the ticket.
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Registered);
    auto* thread = test::requireChild<QTextBrowser>(conversation, QStringLiteral("messagesView"));
    QTRY_VERIFY(thread->toPlainText().contains(QStringLiteral("Ольга, фильтр починили.")));
    QVERIFY(thread->toPlainText().contains(QStringLiteral("queued for olga@romashka.ru")));

    // Ctrl+Shift+N: an internal note, never mailed, shown in the thread and the history.
    test::press(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(conversation->mode(), ConversationWidget::Mode::Note);
    QTRY_VERIFY(editor->hasFocus());
    test::type(editor, QStringLiteral("Клиент звонил дважды"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'note'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 1);
    QTRY_VERIFY(thread->toPlainText().contains(QStringLiteral("Клиент звонил дважды")));
    QVERIFY(thread->toHtml().contains(QStringLiteral("#fff6d5"))); // a note's own colour
    auto* history = test::requireChild<QTreeWidget>(window.get(), QStringLiteral("historyView"));
    QStringList texts;
    for (int row = 0; row < history->topLevelItemCount(); ++row) {
        texts << history->topLevelItem(row)->text(2);
    }
    QVERIFY2(texts.join('\n').contains(QStringLiteral("«Клиент звонил дважды»")), qPrintable(texts.join('\n')));
    QVERIFY2(texts.join('\n').contains(QStringLiteral("«Ольга, фильтр починили.»")), qPrintable(texts.join('\n')));
}

void TestTicketWorkspace::draftSurvivesSwitchingTickets()
{
    const qint64 other = fileTicket(QStringLiteral("Не приходит письмо"), false);
    const qint64 otherNumber = TicketRepository(*m_db).get(other)->number;
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    auto* editor = test::requireChild<QPlainTextEdit>(window.get(), QStringLiteral("replyEditor"));
    QVERIFY(window->selectTicket(m_ticketNumber));
    test::type(editor, QStringLiteral("Черновик первого"));
    QVERIFY(window->selectTicket(otherNumber));
    QCOMPARE(editor->toPlainText(), QString());
    test::type(editor, QStringLiteral("Черновик второго"));
    QVERIFY(window->selectTicket(m_ticketNumber));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Черновик первого"));
    QVERIFY(window->selectTicket(otherNumber));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Черновик второго"));
    // Esc discards this ticket's draft only.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(editor->toPlainText(), QString());
    QVERIFY(window->selectTicket(m_ticketNumber));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Черновик первого"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0);
}

void TestTicketWorkspace::takeItAndRelevel()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    // Take it (Ctrl+I): assigned to me in one keystroke, one history event.
    test::press(window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_COMPARE(TicketRepository(*m_db).get(m_ticketId)->assigneeId, m_annaId);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'assigned' AND actor = 'anna'")), 1);
    QTRY_VERIFY(!window->findChild<QAction*>(QStringLiteral("takeItAction"))->isEnabled());

    auto* triage = test::requireChild<TriageEditor>(window.get(), QStringLiteral("triageEditor"));
    auto* level = test::requireChild<QComboBox>(triage, QStringLiteral("triageLevel"));
    auto* url = test::requireChild<QLineEdit>(triage, QStringLiteral("triagePageUrl"));
    QTRY_VERIFY(level->isEnabled());
    level->setCurrentIndex(level->findData(QStringLiteral("urgent")));
    test::type(url, QStringLiteral("not a url"));
    QTest::mouseClick(test::requireChild<QPushButton>(triage, QStringLiteral("triageApply")), Qt::LeftButton);
    QVERIFY2(triage->message().contains(QStringLiteral("not a page address")), qPrintable(triage->message()));
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->level, QStringLiteral("standard")); // nothing half-saved
    url->clear();
    test::type(url, QStringLiteral("https://romashka.ru/catalog?price=100-200"));
    QTest::mouseClick(test::requireChild<QPushButton>(triage, QStringLiteral("triageApply")), Qt::LeftButton);
    const Ticket saved = *TicketRepository(*m_db).get(m_ticketId);
    QCOMPARE(saved.level, QStringLiteral("urgent"));
    QCOMPARE(saved.pageUrl, QStringLiteral("https://romashka.ru/catalog?price=100-200"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'level-changed'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'page-url-changed'")), 1);
    // Reassigning to someone else: typed, from the list.
    auto* assignee = test::requireChild<QComboBox>(triage, QStringLiteral("triageAssignee"));
    assignee->lineEdit()->selectAll();
    test::type(assignee->lineEdit(), QStringLiteral("boris"));
    QTest::mouseClick(test::requireChild<QPushButton>(triage, QStringLiteral("triageApply")), Qt::LeftButton);
    QTRY_COMPARE(TicketRepository(*m_db).get(m_ticketId)->assigneeLogin, QStringLiteral("boris"));
}

void TestTicketWorkspace::conflictKeepsTheDraftAndTheInput()
{
    auto boris = openWindow(QStringLiteral("boris"));
    auto anna = openWindow(QStringLiteral("anna"));
    QVERIFY(boris->selectTicket(m_ticketNumber));
    QVERIFY(anna->selectTicket(m_ticketNumber));
    auto* annaEditor = test::requireChild<QPlainTextEdit>(anna.get(), QStringLiteral("replyEditor"));
    test::type(annaEditor, QStringLiteral("Смотрим, ответим к вечеру"));
    auto* annaTriage = test::requireChild<TriageEditor>(anna.get(), QStringLiteral("triageEditor"));
    auto* annaLevel = test::requireChild<QComboBox>(annaTriage, QStringLiteral("triageLevel"));
    annaLevel->setCurrentIndex(annaLevel->findData(QStringLiteral("emergency")));

    // Boris re-levels first.
    auto* borisTriage = test::requireChild<TriageEditor>(boris.get(), QStringLiteral("triageEditor"));
    auto* borisLevel = test::requireChild<QComboBox>(borisTriage, QStringLiteral("triageLevel"));
    borisLevel->setCurrentIndex(borisLevel->findData(QStringLiteral("urgent")));
    QTest::mouseClick(test::requireChild<QPushButton>(borisTriage, QStringLiteral("triageApply")), Qt::LeftButton);
    QTRY_COMPARE(TicketRepository(*m_db).get(m_ticketId)->level, QStringLiteral("urgent"));

    // Anna's console catches up; her input and her draft stay as typed.
    QTest::qWait(1500);
    QCOMPARE(annaLevel->currentData().toString(), QStringLiteral("emergency"));
    QCOMPARE(annaEditor->toPlainText(), QStringLiteral("Смотрим, ответим к вечеру"));
    QTest::mouseClick(test::requireChild<QPushButton>(annaTriage, QStringLiteral("triageApply")), Qt::LeftButton);
    QVERIFY2(annaTriage->message().contains(QStringLiteral("boris")), qPrintable(annaTriage->message()));
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->level, QStringLiteral("urgent")); // nothing of hers written
    QCOMPARE(annaLevel->currentData().toString(), QStringLiteral("emergency"));
    QCOMPARE(annaEditor->toPlainText(), QStringLiteral("Смотрим, ответим к вечеру"));
    // Applied again, deliberately, on top of Boris's change.
    QTest::mouseClick(test::requireChild<QPushButton>(annaTriage, QStringLiteral("triageApply")), Qt::LeftButton);
    QTRY_COMPARE(TicketRepository(*m_db).get(m_ticketId)->level, QStringLiteral("emergency"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'level-changed'")), 2);
    QCOMPARE(annaEditor->toPlainText(), QStringLiteral("Смотрим, ответим к вечеру"));
}

void TestTicketWorkspace::templateInsert()
{
    const Actor manager { 0, QStringLiteral("head"), {} };
    QVERIFY(ReplyTemplates(*m_db)
                .add(QStringLiteral("Фильтры каталога"),
                     QStringLiteral("{client}, по обращению #{number}: см. https://help.example/filters\n{engineer}"),
                     manager)
                .ok());
    QVERIFY(ReplyTemplates(*m_db)
                .add(QStringLiteral("Доступ к хостингу"), QStringLiteral("Пришлите доступ"), manager)
                .ok());
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    auto* conversation = test::requireChild<ConversationWidget>(window.get(), QStringLiteral("conversation"));
    auto* editor = test::requireChild<QPlainTextEdit>(conversation, QStringLiteral("replyEditor"));
    test::type(editor, QStringLiteral("Здравствуйте! "));
    QTest::mouseClick(test::requireChild<QPushButton>(conversation, QStringLiteral("templateButton")), Qt::LeftButton);
    TemplatePicker* picker = nullptr;
    QTRY_VERIFY((picker = conversation->findChild<TemplatePicker*>()) && picker->isVisible());
    QCOMPARE(picker->visibleCount(), 2);
    auto* filter = test::requireChild<QLineEdit>(picker, QStringLiteral("templateFilter"));
    test::type(filter, QStringLiteral("фильтр"));
    QCOMPARE(picker->visibleCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!conversation->findChild<TemplatePicker*>());
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("Здравствуйте! ООО «Ромашка», по обращению #%1: см. https://help.example/filters\nanna")
                 .arg(m_ticketNumber));
}

void TestTicketWorkspace::failedMailIsSentAgainAndAttachmentsOpen()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    auto* conversation = test::requireChild<ConversationWidget>(window.get(), QStringLiteral("conversation"));
    auto* editor = test::requireChild<QPlainTextEdit>(conversation, QStringLiteral("replyEditor"));
    QFile file(m_dir.filePath(QStringLiteral("отчёт.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("отчёт о проверке");
    file.close();
    QVERIFY(conversation->attachFile(file.fileName()));
    test::type(editor, QStringLiteral("Отчёт во вложении."));
    conversation->send();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE file_name = 'отчёт.txt'")), 1);
    // The relay refused it ten times: the pane says so, and sends it again on request.
    const qint64 mailId = count(QStringLiteral("SELECT id FROM outgoing_mail"));
    QVERIFY(m_db->run(QStringLiteral("UPDATE outgoing_mail SET status = 'failed', attempts = 10, "
                                     "last_error = '550 mailbox unavailable'"))
                .ok());
    window->reloadTicket(m_ticketId);
    auto* thread = test::requireChild<QTextBrowser>(conversation, QStringLiteral("messagesView"));
    QTRY_VERIFY(thread->toPlainText().contains(QStringLiteral("550 mailbox unavailable")));
    QVERIFY(thread->toHtml().contains(QStringLiteral("retry:%1").arg(mailId)));
    emit thread->anchorClicked(QUrl(QStringLiteral("retry:%1").arg(mailId)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'queued' AND attempts = 0")), 1);
    QTRY_VERIFY(thread->toPlainText().contains(QStringLiteral("queued for olga@romashka.ru")));

    // The attachment opens with the desktop's application, as a file with its name.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const qint64 attachment = count(QStringLiteral("SELECT id FROM attachments WHERE file_name = 'отчёт.txt'"));
    QVERIFY(thread->toHtml().contains(QStringLiteral("attachment:%1").arg(attachment)));
    emit thread->anchorClicked(QUrl(QStringLiteral("attachment:%1").arg(attachment)));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.opened.size(), 1);
    QFile opened(catcher.opened[0].toLocalFile());
    QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("отчёт.txt"));
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), QByteArray("отчёт о проверке"));
}

// Issue 19 point 4: "Save original…" under a client's mail writes the mail as it came,
// byte for byte, where the engineer chooses; without a stored original the pane says so.
void TestTicketWorkspace::originalMailIsSavedByteForByte()
{
    const qint64 mailRow = count(QStringLiteral("SELECT id FROM messages WHERE ticket_id = ?"), { m_ticketId });
    const QByteArray raw = "From: olga@romashka.ru\r\nSubject: =?UTF-8?B?0KTQuNC70YzRgtGA?=\r\n\r\n"
                           "\xd0\xa4\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\r\n";
    MailOriginal original;
    original.raw = raw;
    original.rawSha256 = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    original.contentSha256 = original.rawSha256;
    original.compressed = qCompress(raw, 6);
    QVERIFY(IntakeStore(*m_db).storeRaw(mailRow, original, {}).ok());

    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    auto* conversation = test::requireChild<ConversationWidget>(window.get(), QStringLiteral("conversation"));
    auto* thread = test::requireChild<QTextBrowser>(conversation, QStringLiteral("messagesView"));
    const QString link = QStringLiteral("original:%1").arg(mailRow);
    QTRY_VERIFY(thread->toHtml().contains(link));
    QVERIFY(thread->toPlainText().contains(QStringLiteral("Save original…")));

    // The save dialog is modal: answered from the event loop it runs.
    const QString target = m_dir.filePath(QStringLiteral("письмо.eml"));
    QString suggested;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(target);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    emit thread->anchorClicked(QUrl(link));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("message-%1.eml").arg(mailRow));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), raw);

    // A mail whose original was never stored (filed before originals were kept): a clear
    // line in the pane, no dialog.
    QVERIFY(m_db->run(QStringLiteral("DELETE FROM message_raw WHERE message_row_id = ?"), { mailRow }).ok());
    emit thread->anchorClicked(QUrl(link));
    auto* message = test::requireChild<QLabel>(conversation, QStringLiteral("conversationMessage"));
    QCOMPARE(message->text(), QStringLiteral("message %1 of this ticket has no stored original").arg(mailRow));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestTicketWorkspace::riskyActionsAskFirst()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    // No action takes Print or Open.
    for (const QAction* action : window->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(key != QKeySequence(Qt::CTRL | Qt::Key_P) && key != QKeySequence(Qt::CTRL | Qt::Key_O),
                     qPrintable(action->objectName()));
        }
    }
    QVERIFY(window->selectTicket(m_ticketNumber));
    auto ask = [&window](const QString& action) {
        window->findChild<QAction*>(action)->trigger();
        QMessageBox* box = nullptr;
        // No box in time is a null the caller's check reports.
        static_cast<void>(QTest::qWaitFor(
            [&] { return (box = window->findChild<QMessageBox*>(QStringLiteral("confirmBox"))); }, 3000));
        return box;
    };
    // Escalating asks; Cancel (the default) changes nothing.
    QPointer<QMessageBox> box = ask(QStringLiteral("escalateAction"));
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(!TicketRepository(*m_db).get(m_ticketId)->escalated);
    box = ask(QStringLiteral("escalateAction"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(TicketRepository(*m_db).get(m_ticketId)->escalated);
    // Closing a resolved ticket asks too.
    TicketChange resolve;
    resolve.ticketId = m_ticketId;
    resolve.expectedVersion = TicketRepository(*m_db).get(m_ticketId)->version;
    resolve.status = TicketStatus::Resolved;
    QVERIFY(TicketRepository(*m_db).update(resolve, Actor { 0, QStringLiteral("boris"), {} }).ok());
    window->reloadTicket(m_ticketId);
    QTRY_VERIFY(window->findChild<QAction*>(QStringLiteral("closeAction"))->isEnabled());
    box = ask(QStringLiteral("closeAction"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Resolved);
    box = ask(QStringLiteral("closeAction"));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Closed);
}

void TestTicketWorkspace::clientMessageByPhone()
{
    // The ticket waits for the client; the client calls back.
    TicketChange wait;
    wait.ticketId = m_ticketId;
    wait.expectedVersion = TicketRepository(*m_db).get(m_ticketId)->version;
    wait.status = TicketStatus::Waiting;
    wait.waitingReason = WaitingReason::NotEnoughInformation;
    QVERIFY(TicketRepository(*m_db).update(wait, Actor { 0, QStringLiteral("boris"), {} }).ok());
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    test::press(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("clientMessageDialog"))) && dialog->isVisible());
    auto* channel = test::requireChild<QComboBox>(dialog, QStringLiteral("channelCombo"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("telegram")));
    test::type(test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("textEdit")),
               QStringLiteral("Номер заказа 4512"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'client-message'")), 1);
    const Ticket after = *TicketRepository(*m_db).get(m_ticketId);
    QCOMPARE(after.status, TicketStatus::Registered); // the answer ended the wait
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE channel = 'telegram' AND direction = 'in' "
                                  "AND body = 'Номер заказа 4512'")),
             1);
    auto* thread = test::requireChild<QTextBrowser>(window.get(), QStringLiteral("messagesView"));
    QTRY_VERIFY(thread->toPlainText().contains(QStringLiteral("Номер заказа 4512")));
}

void TestTicketWorkspace::newRequestTakesStepsAndUrl()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    window->newRequest();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("newRequestDialog"))) && dialog->isVisible());
    test::type(test::requireChild<QLineEdit>(dialog, QStringLiteral("subjectEdit")), QStringLiteral("Корзина пустеет"));
    test::type(test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("stepsEdit")),
               QStringLiteral("Положить товар, обновить страницу"));
    auto* url = test::requireChild<QLineEdit>(dialog, QStringLiteral("pageUrlEdit"));
    test::type(url, QStringLiteral("romashka/cart"));
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // not an address: refused, input kept
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    url->clear();
    test::type(url, QStringLiteral("https://romashka.ru/cart"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    auto filed = TicketRepository(*m_db).findByNumber(m_ticketNumber + 1);
    QVERIFY(filed.ok() && filed->has_value());
    QCOMPARE((*filed)->pageUrl, QStringLiteral("https://romashka.ru/cart"));
    QCOMPARE((*filed)->stepsToReproduce, QStringLiteral("Положить товар, обновить страницу"));
}

QTEST_MAIN(TestTicketWorkspace)
#include "TestTicketWorkspace.moc"
