#include "core/domain/PageUrl.h"

#include <QTest>

using namespace dd;

// The request's page URL (issue 15): what counts as one, and which address in a client's
// mail the intake takes for it.
class TestPageUrl : public QObject
{
    Q_OBJECT

private slots:
    void recognisesPageAddresses_data();
    void recognisesPageAddresses();
    void findsTheFirstAddressOnTheClientsSite_data();
    void findsTheFirstAddressOnTheClientsSite();
};

void TestPageUrl::recognisesPageAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("page");
    QTest::newRow("https") << "https://romashka.ru/cart" << true;
    QTest::newRow("http with query") << "http://romashka.ru/catalog?price=100-200" << true;
    QTest::newRow("no scheme") << "romashka.ru/cart" << false;
    QTest::newRow("ftp") << "ftp://romashka.ru/file" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("words") << "not a url" << false;
}

void TestPageUrl::recognisesPageAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, page);
    QCOMPARE(isPageUrl(text), page);
}

void TestPageUrl::findsTheFirstAddressOnTheClientsSite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    const QString mail = QStringLiteral("Смотрите https://google.com/search?q=x, а у нас на странице "
                                        "https://www.romashka.ru/catalog/roses?page=2. не грузится. "
                                        "Ещё https://romashka.ru/cart");
    QTest::newRow("the first on the site, sentence dot dropped")
        << mail << "https://www.romashka.ru/catalog/roses?page=2";
    QTest::newRow("subdomain") << "Ошибка на https://shop.romashka.ru/order/15!"
                               << "https://shop.romashka.ru/order/15";
    QTest::newRow("in guillemets") << "Страница «https://romashka.ru/about»"
                                   << "https://romashka.ru/about";
    QTest::newRow("another site only") << "См. https://romashka-fake.ru/cart"
                                       << "";
    QTest::newRow("no address") << "Сайт не работает"
                                << "";
}

void TestPageUrl::findsTheFirstAddressOnTheClientsSite()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QCOMPARE(firstSiteUrl(text, { QStringLiteral("https://romashka.ru"), QStringLiteral("blog.example.org") }), url);
}

QTEST_GUILESS_MAIN(TestPageUrl)
#include "TestPageUrl.moc"
