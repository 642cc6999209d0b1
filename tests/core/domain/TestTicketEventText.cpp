// The history in words (issue 18 point 3): statuses, reasons, channels, levels and people
// as people read them, in Russian and English, and every typed text in full.
#include "core/domain/TicketEventText.h"
#include "core/domain/VocabularyText.h"
#include "core/util/Translations.h"

#include <QTest>

using namespace dd;

class TestTicketEventText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void describesInWords_data();
    void describesInWords();
    void commentIsWhole();
    void unknownSlugsAndLoginsShownAsTheyAre();
    void queueStatusNamesTheReason_data();
    void queueStatusNamesTheReason();
    void whoIsNamed();
};

namespace {

TicketEventRecord makeRecord(const QString& type, const QJsonObject& data)
{
    TicketEventRecord record;
    record.type = type;
    record.data = data;
    return record;
}

const TicketEventText::PeopleNames people { { QStringLiteral("v.zaitseva"), QStringLiteral("Валентина Зайцева") } };

} // namespace

void TestTicketEventText::cleanup()
{
    installTranslations(QStringLiteral("en"));
}

void TestTicketEventText::describesInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("expected");

    const QJsonObject registering { { "from", "new" }, { "to", "registered" } };
    const QJsonObject waiting { { "from", "registered" }, { "to", "waiting" }, { "reason", "not-enough-information" } };
    const QJsonObject answered { { "from", "waiting" }, { "to", "registered" }, { "reason", "client-answered" } };
    const QJsonObject reasonChanged {
        { "from", "waiting" }, { "to", "waiting" }, { "reason", "third-party" }, { "previousReason", "needs-diagnosis" }
    };
    const QJsonObject assigning { { "from", QJsonValue::Null }, { "to", "v.zaitseva" } };
    const QJsonObject level { { "from", "standard" }, { "to", "emergency" } };
    const QJsonObject urgentMail { { "channel", "email-urgent" } };
    const QJsonObject telegram { { "channel", "telegram" }, { "text", "Спасибо, работает" } };

    QTest::newRow("en registered") << "en"
                                   << "registered" << registering << "status new → in work";
    QTest::newRow("ru registered") << "ru"
                                   << "registered" << registering << "статус новое → в работе";
    QTest::newRow("en waiting with reason")
        << "en"
        << "waiting-started" << waiting << "status in work → waiting (not enough information)";
    QTest::newRow("ru waiting with reason")
        << "ru"
        << "waiting-started" << waiting << "статус в работе → ожидание (недостаточно информации)";
    QTest::newRow("en client answered") << "en"
                                        << "waiting-ended" << answered
                                        << "status waiting → in work (the client answered)";
    QTest::newRow("ru client answered") << "ru"
                                        << "waiting-ended" << answered << "статус ожидание → в работе (клиент ответил)";
    QTest::newRow("en reason changed")
        << "en"
        << "waiting-reason-changed" << reasonChanged
        << "waiting reason needs detailed diagnosis or development → waiting for a third party (hosting, vendor)";
    QTest::newRow("ru assignee by name") << "ru"
                                         << "assigned" << assigning << "исполнитель — → Валентина Зайцева";
    QTest::newRow("en assignee by name") << "en"
                                         << "assigned" << assigning << "assignee — → Валентина Зайцева";
    QTest::newRow("ru level") << "ru"
                              << "level-changed" << level << "уровень стандартный → экстренный";
    QTest::newRow("en level") << "en"
                              << "level-changed" << level << "level standard → emergency";
    QTest::newRow("ru urgent mail") << "ru"
                                    << "arrived" << urgentMail << "поступило по каналу эл. почта «СРОЧНО»";
    QTest::newRow("en urgent mail") << "en"
                                    << "arrived" << urgentMail << "arrived by e-mail «СРОЧНО»";
    QTest::newRow("en telegram message") << "en"
                                         << "client-message" << telegram
                                         << "a message from the client by Telegram: «Спасибо, работает»";
}

void TestTicketEventText::describesInWords()
{
    QFETCH(QString, language);
    QFETCH(QString, type);
    QFETCH(QJsonObject, data);
    QFETCH(QString, expected);
    QCOMPARE(installTranslations(language), language);
    QCOMPARE(TicketEventText::describe(makeRecord(type, data), people), expected);
}

void TestTicketEventText::commentIsWhole()
{
    // Longer than any column: the history shows all of it, the widget wraps it.
    QString text;
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("Клиент просит проверить форму ещё раз, шаг %1. ").arg(i);
    }
    text += QStringLiteral("КОНЕЦ");
    const QString described
        = TicketEventText::describe(makeRecord(QStringLiteral("comment"), { { "text", text } }), people);
    QVERIFY2(described.contains(text), qPrintable(described));
    QVERIFY(described.endsWith(QStringLiteral("КОНЕЦ»")));
}

void TestTicketEventText::unknownSlugsAndLoginsShownAsTheyAre()
{
    const QString status = TicketEventText::describe(
        makeRecord(QStringLiteral("registered"), { { "from", "archived" }, { "to", "registered" } }));
    QCOMPARE(status, QStringLiteral("status archived → in work"));
    const QString assignee = TicketEventText::describe(
        makeRecord(QStringLiteral("assigned"), { { "from", "v.zaitseva" }, { "to", "d.nobody" } }), people);
    QCOMPARE(assignee, QStringLiteral("assignee Валентина Зайцева → d.nobody"));
}

void TestTicketEventText::queueStatusNamesTheReason_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru client") << "ru"
                               << "not-enough-information"
                               << "ожидание: клиент";
    QTest::newRow("ru third party") << "ru"
                                    << "third-party"
                                    << "ожидание: третья сторона";
    QTest::newRow("en client") << "en"
                               << "not-enough-information"
                               << "waiting: client";
    QTest::newRow("en diagnosis") << "en"
                                  << "needs-diagnosis"
                                  << "waiting: diagnosis";
}

void TestTicketEventText::queueStatusNamesTheReason()
{
    QFETCH(QString, language);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    QCOMPARE(installTranslations(language), language);
    QCOMPARE(statusInShort(TicketStatus::Waiting, waitingReasonFromSlug(reason)), expected);
    QCOMPARE(statusInShort(TicketStatus::Registered, std::nullopt), statusName(TicketStatus::Registered));
}

void TestTicketEventText::whoIsNamed()
{
    TicketEventRecord record = makeRecord(QStringLiteral("client-message"), {});
    record.actor = QStringLiteral("v.zaitseva");
    QCOMPARE(TicketEventText::who(record, people), QStringLiteral("Валентина Зайцева"));
    record.actorName = QStringLiteral("В. Зайцева");
    QCOMPARE(TicketEventText::who(record, people), QStringLiteral("В. Зайцева"));
    record.actor = QStringLiteral("intake");
    record.actorName.clear();
    QCOMPARE(installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(TicketEventText::who(record, people), QStringLiteral("приём почты"));
}

QTEST_GUILESS_MAIN(TestTicketEventText)
#include "TestTicketEventText.moc"
