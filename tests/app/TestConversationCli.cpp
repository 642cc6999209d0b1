// Issue 15, point 9: everything the pane's conversation does, from dutydeskctl, on both
// engines — on PostgreSQL as an engineer's own login, under the server's rules.
#include "tests/support/PostgresServer.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run ctl(const QStringList& arguments)
{
    test::ProcessOptions options;
    options.environment = { { QStringLiteral("DUTYDESK_USER"), QStringLiteral("a.petrova") } };
    options.timeoutMs = 240000;
    return test::runBuilt(QStringLiteral("dutydeskctl"), arguments, options);
}

QJsonObject object(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestConversationCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conversation_data();
    void conversation();

private:
    // The scenario's steps, in order; each leaves its findings in the members below.
    void openDemoDatabase(bool postgres, QSqlDatabase& sql);
    void addPhoneTicket();
    void replyReachesTheClient();
    void badRepliesAreRefused();
    void noteAndClientMessageAreRecorded();
    void conversationShowsReplyNoteAndMessage();
    void queuedMailIsNotSentAgain();
    void requestFieldsAreEachOneEvent();
    void cannedAnswersAreWrittenByManagers(bool postgres);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresServer> m_server;
    QString m_owner; // the database as its owner
    QStringList m_db; // --database as the engineer a.petrova
    QString m_id; // the phoned-in ticket
    QString m_mailId; // the reply's queued mail
};

void TestConversationCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto started = test::PostgresServer::start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_server = std::move(started).value();
}

void TestConversationCli::conversation_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestConversationCli::conversation()
{
    QFETCH(bool, postgres);
    QSqlDatabase sql;
    openDemoDatabase(postgres, sql);
    if (QTest::currentTestFailed())
        return;
    addPhoneTicket();
    if (QTest::currentTestFailed())
        return;
    replyReachesTheClient();
    if (QTest::currentTestFailed())
        return;
    badRepliesAreRefused();
    if (QTest::currentTestFailed())
        return;
    noteAndClientMessageAreRecorded();
    if (QTest::currentTestFailed())
        return;
    conversationShowsReplyNoteAndMessage();
    if (QTest::currentTestFailed())
        return;
    queuedMailIsNotSentAgain();
    if (QTest::currentTestFailed())
        return;
    requestFieldsAreEachOneEvent();
    if (QTest::currentTestFailed())
        return;
    cannedAnswersAreWrittenByManagers(postgres);
    if (QTest::currentTestFailed())
        return;

    QSqlQuery query(sql);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    query.finish();
    sql.close();
}

void TestConversationCli::openDemoDatabase(bool postgres, QSqlDatabase& sql)
{
    const QString file = m_dir.filePath(QStringLiteral("conversation.sqlite"));
    m_owner = file;
    if (postgres) {
        QVERIFY(m_server->createDatabase(QStringLiteral("conversation")).ok());
        m_owner = m_server->url(QStringLiteral("conversation"));
    }
    const Run demo = ctl({ "--database", m_owner, "demo", "--tickets", "20", "--weeks", "1" });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    sql = postgres ? m_server->connect(QStringLiteral("conversation-owner"), QStringLiteral("conversation")).value()
                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conversation"));
    if (!postgres) {
        sql.setDatabaseName(file);
        QVERIFY(sql.open());
    }
    QSqlQuery query(sql);
    // The intake records the support address with its first mail.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                      "VALUES ('mail.support-address', 'support@echo-company.ru', 0)")));
    m_db = QStringList { QStringLiteral("--database"), m_owner };
    if (postgres) {
        QVERIFY(query.exec(QStringLiteral("CREATE ROLE \"a.petrova\" LOGIN")));
        QVERIFY(query.exec(QStringLiteral("GRANT dutydesk_engineer TO \"a.petrova\"")));
        m_db = { QStringLiteral("--database"),
                 m_server->url(QStringLiteral("conversation"), QStringLiteral("a.petrova")) };
    }
}

void TestConversationCli::addPhoneTicket()
{
    const Run added = ctl(m_db
                          + QStringList { "ticket", "add", "--project", "rybolov", "--subject", "Звонок: нет оплаты",
                                          "--channel", "phone", "--category", "bug-fixing", "--json" });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_id = QString::number(object(added).value("id").toInteger());
}

void TestConversationCli::replyReachesTheClient()
{
    QFile screenshot(m_dir.filePath(QStringLiteral("оплата.png")));
    QVERIFY(screenshot.open(QIODevice::WriteOnly));
    screenshot.write(QByteArray(1000, 'p'));
    screenshot.close();
    const Run reply = ctl(m_db
                          + QStringList { "ticket", "reply", m_id, "--text", "Оплата снова проходит.", "--attach",
                                          screenshot.fileName(), "--json" });
    QVERIFY2(reply.exitCode == 0, qPrintable(reply.err));
    QCOMPARE(object(reply).value("recipient").toString(), QStringLiteral("info@rybolov-shop.ru"));
    QCOMPARE(object(reply).value("version").toInt(), 2);
}

void TestConversationCli::badRepliesAreRefused()
{
    const Run empty = ctl(m_db + QStringList { "ticket", "reply", m_id, "--text", " " });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("empty")), qPrintable(empty.err));
    QCOMPARE(empty.err.count(QLatin1Char('\n')), 1);
    const Run unreadable
        = ctl(m_db + QStringList { "ticket", "reply", m_id, "--text", "x", "--attach", "/nonexistent/file.pdf" });
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY(unreadable.err.contains(QStringLiteral("/nonexistent/file.pdf")));
}

void TestConversationCli::noteAndClientMessageAreRecorded()
{
    const Run note
        = ctl(m_db + QStringList { "ticket", "note", m_id, "--text", "Клиент просил не звонить после 18:00" });
    QVERIFY2(note.exitCode == 0, qPrintable(note.err));
    // No offset: Moscow time (UTC+3), as a person types it.
    QTest::qWait(1100);
    const QString arrived
        = QDateTime::currentDateTimeUtc().addSecs(3 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const Run message = ctl(m_db
                            + QStringList { "ticket", "message", m_id, "--text", "Перезвонил: оплата прошла",
                                            "--channel", "telegram", "--arrived", arrived });
    QVERIFY2(message.exitCode == 0, qPrintable(message.err));
    QCOMPARE(ctl(m_db + QStringList { "ticket", "message", m_id, "--text", "x", "--channel", "pigeon" }).exitCode, 2);
    QCOMPARE(ctl(m_db + QStringList { "ticket", "message", m_id, "--text", "x", "--channel", "email" }).exitCode, 2);
    QCOMPARE(ctl(m_db + QStringList { "ticket", "note", m_id }).exitCode, 1);
}

void TestConversationCli::conversationShowsReplyNoteAndMessage()
{
    const Run shown = ctl(m_db + QStringList { "ticket", "show", m_id, "--json" });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonArray conversation = object(shown).value("conversation").toArray();
    QCOMPARE(conversation.size(), 3);
    QJsonObject replied;
    QJsonObject noted;
    QJsonObject taken;
    for (const auto& value : conversation) {
        const QString kind = value.toObject().value("kind").toString();
        (kind == "reply" ? replied : kind == "note" ? noted : taken) = value.toObject();
    }
    QCOMPARE(replied.value("text").toString(), QStringLiteral("Оплата снова проходит."));
    QVERIFY(!replied.value("author").toString().isEmpty());
    QCOMPARE(replied.value("attachments").toArray().size(), 1);
    QCOMPARE(replied.value("attachments")[0].toObject().value("file_name").toString(), QStringLiteral("оплата.png"));
    const QJsonObject delivery = replied.value("delivery")[0].toObject();
    QCOMPARE(delivery.value("status").toString(), QStringLiteral("queued"));
    QCOMPARE(delivery.value("recipient").toString(), QStringLiteral("info@rybolov-shop.ru"));
    m_mailId = QString::number(delivery.value("mail_id").toInteger());
    QCOMPARE(noted.value("text").toString(), QStringLiteral("Клиент просил не звонить после 18:00"));
    QVERIFY(noted.value("delivery").toArray().isEmpty());
    QCOMPARE(taken.value("kind").toString(), QStringLiteral("client-message"));
    QCOMPARE(taken.value("channel").toString(), QStringLiteral("telegram"));
    QCOMPARE(taken.value("text").toString(), QStringLiteral("Перезвонил: оплата прошла"));
    QStringList types;
    for (const auto& event : object(shown).value("events").toArray()) {
        types << event.toObject().value("type").toString();
    }
    QVERIFY2(types.contains("note") && types.contains("reply") && types.contains("client-message"),
             qPrintable(types.join(',')));
    // The history in words carries the texts in full.
    const Run text = ctl(m_db + QStringList { "ticket", "show", m_id });
    QVERIFY(text.out.contains(QStringLiteral("Клиент просил не звонить после 18:00")));
    QVERIFY(text.out.contains(QStringLiteral("Оплата снова проходит.")));
}

void TestConversationCli::queuedMailIsNotSentAgain()
{
    // A queued mail is not "sent again"; the note never became a mail.
    const Run retry = ctl(m_db + QStringList { "ticket", "retry-mail", m_mailId });
    QCOMPARE(retry.exitCode, 1);
    QVERIFY(retry.err.contains(QStringLiteral("failed")));
}

void TestConversationCli::requestFieldsAreEachOneEvent()
{
    // The request's fields: steps to reproduce and page URL, each one history event.
    const qint64 version
        = object(ctl(m_db + QStringList { "ticket", "show", m_id, "--json" })).value("version").toInteger();
    QCOMPARE(ctl(m_db
                 + QStringList { "ticket", "update", m_id, "--expect-version", QString::number(version), "--url",
                                 "rybolov-shop.ru/pay" })
                 .exitCode,
             2);
    const Run details
        = ctl(m_db
              + QStringList { "ticket", "update", m_id, "--expect-version", QString::number(version), "--url",
                              "https://rybolov-shop.ru/pay", "--steps", "1. Корзина 2. Оплатить картой", "--json" });
    QVERIFY2(details.exitCode == 0, qPrintable(details.err));
    const QJsonObject detailed = object(ctl(m_db + QStringList { "ticket", "show", m_id, "--json" }));
    QCOMPARE(detailed.value("page_url").toString(), QStringLiteral("https://rybolov-shop.ru/pay"));
    QCOMPARE(detailed.value("steps_to_reproduce").toString(), QStringLiteral("1. Корзина 2. Оплатить картой"));
    QCOMPARE(detailed.value("version").toInteger(), version + 1);
}

void TestConversationCli::cannedAnswersAreWrittenByManagers(bool postgres)
{
    // Canned answers: everybody reads them, managers write them, edits are versioned.
    // On PostgreSQL the owner (the server's grants decide), on SQLite a manager's login.
    const auto manager = [&](const QStringList& command) {
        return QStringList { "--database", m_owner } + command
            + (postgres ? QStringList() : QStringList { "--as", "m.volkova" });
    };
    const QStringList answer {
        "template", "add",
        "--title",  "Оплата: где смотреть статус",
        "--text",   "{client}, статус оплаты по обращению #{number}: https://help.example/pay\n{engineer}",
        "--json"
    };
    QCOMPARE(ctl(m_db + answer).exitCode, 1); // an engineer may not
    const Run added2 = ctl(manager(answer));
    QVERIFY2(added2.exitCode == 0, qPrintable(added2.err));
    const QString templateId = QString::number(object(added2).value("id").toInteger());
    QVERIFY(ctl(manager({ "template", "add", "--title", "Доступ к хостингу", "--text", "Пришлите доступ" })).exitCode
            == 0);
    const Run listed = ctl(m_db + QStringList { "template", "list", "--filter", "ОПЛАТ статус", "--json" });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray found = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value("title").toString(), QStringLiteral("Оплата: где смотреть статус"));
    const Run edited = ctl(manager({ "template", "edit", templateId, "--expect-version", "1", "--text",
                                     "Статус оплаты: https://help.example/pay", "--json" }));
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QCOMPARE(object(edited).value("version").toInt(), 2);
    const Run stale = ctl(manager({ "template", "edit", templateId, "--expect-version", "1", "--title", "x" }));
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains(QStringLiteral("not saved")), qPrintable(stale.err));
    QCOMPARE(ctl(manager({ "template", "edit", templateId })).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestConversationCli)
#include "TestConversationCli.moc"
