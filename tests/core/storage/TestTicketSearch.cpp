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
    void streamsOpenMatchesFirstInGrowingPages();
    void keepsTheMailOfAnEditedTicket();
#ifdef DUTYDESK_TEST_POSTGRES
    void stemsRussianWords();
    void indexesTheMailOfATicketOnce();
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
    // The words may come from the ticket's own fields and from its messages together.
    QCOMPARE(find(QStringLiteral("корзина хостинг")), (QList<qint64> { m_cart }));
    // Released from quarantine into a ticket, the mail is found with it.
    QVERIFY(m_db->run(QStringLiteral("UPDATE messages SET ticket_id = ?, quarantined = 0 WHERE subject = 'спам'"),
                      { m_mail })
                .ok());
    QCOMPARE(find(QStringLiteral("лотереи договор")), (QList<qint64> { m_mail }));
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

void TestTicketSearch::streamsOpenMatchesFirstInGrowingPages()
{
    // Five tickets with the word; the two newest are closed: without the open-first
    // rule they would lead the results.
    auto query = m_db->run(QStringLiteral("SELECT project_id FROM tickets WHERE id = ?"), { m_cart });
    QVERIFY(query.ok() && query.value().next());
    const qint64 project = query.value().value(0).toLongLong();
    QList<qint64> open;
    QList<qint64> closed;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = *test::insertTicket(*m_db, project, QStringLiteral("Упал сервер %1").arg(i));
        (i < 3 ? open : closed) << id;
    }
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET status = 'closed' WHERE id IN (?, ?)"),
                      { closed.at(0), closed.at(1) })
                .ok());
    QList<QList<qint64>> pages;
    const auto collect = [&](const QList<qint64>& page) {
        pages << page;
        return true;
    };
    QVERIFY(TicketSearch(*m_db).findInPages(QStringLiteral("сервер"), 1, collect).ok());
    // Pages of 1, then 2 (they double); the open part ends its page; then the closed ones.
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).size(), 1);
    QCOMPARE(pages.at(1).size(), 2);
    QList<qint64> first = pages.at(0) + pages.at(1);
    std::sort(first.begin(), first.end());
    QCOMPARE(first, open);
    QList<qint64> last = pages.at(2);
    std::sort(last.begin(), last.end());
    QCOMPARE(last, closed);

    // A newer search stops an older one after the page it is at.
    pages.clear();
    QVERIFY(TicketSearch(*m_db)
                .findInPages(QStringLiteral("сервер"), 1,
                             [&](const QList<qint64>& page) {
                                 pages << page;
                                 return false;
                             })
                .ok());
    QCOMPARE(pages.size(), 1);
    // No words, no pages.
    pages.clear();
    QVERIFY(TicketSearch(*m_db).findInPages(QStringLiteral(" ,. "), 1, collect).ok());
    QVERIFY(pages.isEmpty());
}

// The mail a ticket was made from is in the ticket's own entry (SQLite, migration 22) or
// stemmed once (PostgreSQL, migration 19); its words stay findable whatever the ticket's
// subject and description become.
void TestTicketSearch::keepsTheMailOfAnEditedTicket()
{
    auto query = m_db->run(QStringLiteral("SELECT project_id FROM tickets WHERE id = ?"), { m_cart });
    QVERIFY(query.ok() && query.value().next());
    const QString subject = QStringLiteral("Упал сервер каталога");
    const QString text = QStringLiteral("Каталог отдаёт пустую выдачу после переиндексации");
    const qint64 ticket = *test::insertTicket(*m_db, query.value().value(0).toLongLong(), subject);
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET description = ? WHERE id = ?"), { text, ticket }).ok());
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, subject, body, received_at) "
                                     "VALUES (?, 'in', 'email', ?, ?, 0)"),
                      { ticket, QStringLiteral(" ") + subject, text })
                .ok());
    const auto entries = [&] {
        return m_db->isPostgres()
            ? 1
            : m_db->runScalar(QStringLiteral("SELECT COUNT(*) FROM ticket_search WHERE ticket_id = ?"), { ticket })
                  ->toInt();
    };
    QCOMPARE(entries(), 1); // the ticket's only: the mail's words are its own
    QCOMPARE(find(QStringLiteral("переиндексации сервер")), (QList<qint64> { ticket }));
    // Edited, the ticket no longer holds the mail's words: the mail gets its entry.
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET subject = ?, description = ? WHERE id = ?"),
                      { QStringLiteral("Пустой каталог"), QStringLiteral("Индекс пересобран вручную"), ticket })
                .ok());
    QCOMPARE(entries(), m_db->isPostgres() ? 1 : 2);
    QCOMPARE(find(QStringLiteral("переиндексации упал")), (QList<qint64> { ticket }));
    QCOMPARE(find(QStringLiteral("вручную")), (QList<qint64> { ticket }));
    // Back and forth: the mail's entry is neither lost nor written twice.
    for (const QString& description : { text, QStringLiteral("Снова пусто"), text }) {
        QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET subject = ?, description = ? WHERE id = ?"),
                          { subject, description, ticket })
                    .ok());
        QCOMPARE(find(QStringLiteral("выдачу каталога")), (QList<qint64> { ticket }));
    }
    QCOMPARE(entries(), m_db->isPostgres() ? 1 : 2);
    QVERIFY(find(QStringLiteral("вручную")).isEmpty());
}

#ifdef DUTYDESK_TEST_POSTGRES
void TestTicketSearch::stemsRussianWords()
{
    // «договора» in the description; other forms of the word find it.
    QCOMPARE(find(QStringLiteral("договоры")), (QList<qint64> { m_mail }));
    QCOMPARE(find(QStringLiteral("оплатой")), (QList<qint64> { m_mail }));
}

void TestTicketSearch::indexesTheMailOfATicketOnce()
{
    // A ticket from a mail: its description is the mail's text, stemmed once (migration 19).
    auto query = m_db->run(QStringLiteral("SELECT project_id FROM tickets WHERE id = ?"), { m_cart });
    QVERIFY(query.ok() && query.value().next());
    const qint64 ticket = *test::insertTicket(*m_db, query.value().value(0).toLongLong(), QStringLiteral("Авария"));
    const QString text = QStringLiteral("Сайт недоступен с утра, ошибка 502");
    QVERIFY(m_db->run(QStringLiteral("UPDATE tickets SET description = ? WHERE id = ?"), { text, ticket }).ok());
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, subject, body, received_at) "
                                     "VALUES (?, 'in', 'email', 'Срочно: авария', ?, 0)"),
                      { ticket, text })
                .ok());
    QCOMPARE(find(QStringLiteral("недоступен 502")), (QList<qint64> { ticket }));
    QCOMPARE(find(QStringLiteral("срочно")), (QList<qint64> { ticket })); // the mail's subject stays
    const auto positions
        = m_db->runScalar(QStringLiteral("SELECT array_length(positions, 1) FROM ticket_search s, unnest(s.document) "
                                         "WHERE s.ticket_id = ? AND lexeme = 'недоступ'"),
                          { ticket });
    QVERIFY(positions.ok());
    QCOMPARE(positions->toInt(), 1);
    // An answer with other words is indexed whole.
    QVERIFY(m_db->run(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, subject, body, received_at) "
                                     "VALUES (?, 'in', 'email', 'Re: авария', 'Сайт снова недоступен', 0)"),
                      { ticket })
                .ok());
    QCOMPARE(find(QStringLiteral("снова")), (QList<qint64> { ticket }));
}
#endif

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "TestTicketSearch.moc"
