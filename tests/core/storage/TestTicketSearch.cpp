// The ticket search index (migration 7, issue 16) on both engines: TestTicketSearchSqlite
// (FTS5) and TestTicketSearchPostgres (tsvector, Russian stemming; DUTYDESK_TEST_POSTGRES).
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketSearch.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestTicketSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsEveryFieldByWordPrefix();
    void followsChangesAndMessages();
    void anyTextIsSafe();
#ifdef DUTYDESK_TEST_POSTGRES
    void stemsRussianWords();
#endif

private:
    QList<qint64> find(const QString& text) const
    {
        auto found = TicketSearch(*m_db).find(text);
        if (!found) {
            qWarning("%s", qPrintable(found.error().toString()));
            return { -1 };
        }
        QList<qint64> ids = *found;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<Database> m_db;
    qint64 m_cart = 0;
    qint64 m_mail = 0;
};

void TestTicketSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString location = m_dir.filePath(QStringLiteral("search.sqlite"));
#ifdef DUTYDESK_TEST_POSTGRES
    auto started = test::PostgresServer::start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_server = std::move(started).value();
    QVERIFY(m_server->createDatabase(QStringLiteral("search")).ok());
    location = m_server->url(QStringLiteral("search"));
#endif
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(location), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
    // Tickets filed before the index existed are indexed by the migration; these come after,
    // through the triggers.
    const qint64 anna = *test::insertUser(*m_db, QStringLiteral("anna"));
    const qint64 client = *test::insertClient(*m_db, QStringLiteral("ООО «Ромашка»"));
    const qint64 project = *test::insertProject(*m_db, client, QStringLiteral("romashka"), anna);
    m_cart = *test::insertTicket(*m_db, project, QStringLiteral("Не работает корзина"));
    m_mail = *test::insertTicket(*m_db, project, QStringLiteral("Не приходят письма"));
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET description = ?, assignee_id = ? WHERE id = ?"),
                      { QStringLiteral("После обновления договора оплата не проходит"), anna, m_mail })
                .ok());
}

void TestTicketSearch::findsEveryFieldByWordPrefix()
{
    QCOMPARE(find(QStringLiteral("корзина")), (QList<qint64> { m_cart })); // subject
    QCOMPARE(find(QStringLiteral("КОРЗ")), (QList<qint64> { m_cart })); // any case, a prefix
    QCOMPARE(find(QStringLiteral("ромашка")), (QList<qint64> { m_cart, m_mail })); // client
    QCOMPARE(find(QStringLiteral("romashka")), (QList<qint64> { m_cart, m_mail })); // project code
    QCOMPARE(find(QStringLiteral("договор оплата")), (QList<qint64> { m_mail })); // description, every word
    QCOMPARE(find(QStringLiteral("anna")), (QList<qint64> { m_mail })); // assignee
    QCOMPARE(find(QStringLiteral("корзина оплата")), QList<qint64> {}); // no ticket has both
}

void TestTicketSearch::followsChangesAndMessages()
{
    QVERIFY(find(QStringLiteral("хостинг")).isEmpty());
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, subject, body, received_at) "
                                     "VALUES (?, 'in', 'email', 'Re: корзина', 'Сменили хостинг вчера', 0)"),
                      { m_cart })
                .ok());
    QCOMPARE(find(QStringLiteral("хостинг")), (QList<qint64> { m_cart }));
    // Held mail belongs to no ticket until released.
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, subject, body, received_at, "
                                     "quarantined) VALUES (NULL, 'in', 'email', 'спам', 'Выигрыш лотереи', 0, 1)"))
                .ok());
    QVERIFY(find(QStringLiteral("лотереи")).isEmpty());
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET subject = ? WHERE id = ?"),
                      { QStringLiteral("Не работает оформление заказа"), m_cart })
                .ok());
    QCOMPARE(find(QStringLiteral("оформление")), (QList<qint64> { m_cart }));
    QCOMPARE(find(QStringLiteral("хостинг")), (QList<qint64> { m_cart })); // the messages stay
}

void TestTicketSearch::anyTextIsSafe()
{
    // Only words reach the query language: quotes, operators and brackets are separators.
    for (const QString& text :
         { QStringLiteral("\"корзина"), QStringLiteral("корзина*"), QStringLiteral("NEAR(корзина)"),
           QStringLiteral("корзина & | ! :*"), QStringLiteral("'; DROP TABLE tickets; --") }) {
        auto found = TicketSearch(*m_db).find(text);
        QVERIFY2(found.ok(), qPrintable(text + QStringLiteral(": ") + (found ? QString() : found.error().toString())));
    }
    QVERIFY(find(QStringLiteral("  ,.;  ")).isEmpty());
    QCOMPARE(TicketSearch::words(QStringLiteral("#12, «Ромашка»-корзина")),
             (QStringList { QStringLiteral("12"), QStringLiteral("ромашка"), QStringLiteral("корзина") }));
}

#ifdef DUTYDESK_TEST_POSTGRES
void TestTicketSearch::stemsRussianWords()
{
    // «договора» in the description; other forms of the word find it.
    QCOMPARE(find(QStringLiteral("договоры")), (QList<qint64> { m_mail }));
    QCOMPARE(find(QStringLiteral("оплатой")), (QList<qint64> { m_mail }));
}
#endif

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "TestTicketSearch.moc"
