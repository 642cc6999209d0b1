#include "core/billing/RatingParser.h"

#include <QTest>

using namespace dd;

class TestRatingParser : public QObject
{
    Q_OBJECT

private slots:
    void findsRatings_data();
    void findsRatings();
};

void TestRatingParser::findsRatings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rating"); // 0 = none
    QTest::newRow("оценка 5") << "Спасибо, всё работает. оценка 5" << 5;
    QTest::newRow("Оценка: 4") << "Оценка: 4" << 4;
    QTest::newRow("upper case") << "ОЦЕНКА 3" << 3;
    QTest::newRow("ставлю оценку — 5") << "ставлю оценку — 5!" << 5;
    QTest::newRow("5 из 5") << "5 из 5, спасибо" << 5;
    QTest::newRow("4/5") << "Моя оценка работы: 4/5" << 4;
    QTest::newRow("English") << "Rating: 2" << 2;
    QTest::newRow("out of five") << "3 out of 5" << 3;
    QTest::newRow("оценка 5 из 5") << "оценка 5 из 5" << 5;
    QTest::newRow("second line") << "Добрый день!\nОценка 1, долго." << 1;
    QTest::newRow("quoted old rating ignored") << "Снова сломалось.\n> Оценка: 5" << 0;
    QTest::newRow("quoted ignored, own kept") << "оценка 2\n> оценка 5" << 2;
    QTest::newRow("bare digit") << "5" << 0;
    QTest::newRow("оценка 10") << "оценка 10" << 0;
    QTest::newRow("оценка 6") << "оценка 6" << 0;
    QTest::newRow("оценка 0") << "оценка 0" << 0;
    QTest::newRow("decimal") << "оценка 4.5" << 0;
    QTest::newRow("3 из 10") << "3 из 10" << 0;
    QTest::newRow("оценка 3 из 10") << "оценка 3 из 10" << 0;
    QTest::newRow("order number") << "заказ 15 из 50 не пришёл" << 0;
    QTest::newRow("word inside another") << "переоценка 5 товаров" << 0;
    QTest::newRow("no rating") << "Спасибо!" << 0;
}

void TestRatingParser::findsRatings()
{
    QFETCH(QString, text);
    QFETCH(int, rating);
    QCOMPARE(RatingParser::parse(text).value_or(0), rating);
}

QTEST_GUILESS_MAIN(TestRatingParser)
#include "TestRatingParser.moc"
