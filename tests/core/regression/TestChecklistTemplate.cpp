#include "core/regression/ChecklistTemplate.h"
#include "core/regression/RegressionRun.h"

#include <QTest>

using namespace dd;

class TestChecklistTemplate : public QObject
{
    Q_OBJECT

private slots:
    void defaultShopTemplateCoversTheShop();
    void defaultTemplatesAreValid();
    void parsesEditedText_data();
    void parsesEditedText();
    void refusesBadText_data();
    void refusesBadText();
    void textRoundTrips();
    void editedTitlesAreShownAsEdited();
    void findsItemsBySlugOrNumber();
    void resultSlugs();
};

void TestChecklistTemplate::defaultShopTemplateCoversTheShop()
{
    QStringList slugs;
    const ChecklistTemplate shop = ChecklistTemplate::defaultOnlineShop();
    for (const ChecklistItem& item : shop.items()) {
        slugs << item.slug;
    }
    const QStringList expected = { QStringLiteral("catalogue"),        QStringLiteral("search"),
                                   QStringLiteral("product-page"),     QStringLiteral("cart"),
                                   QStringLiteral("checkout"),         QStringLiteral("payment"),
                                   QStringLiteral("order-emails"),     QStringLiteral("personal-account"),
                                   QStringLiteral("admin-login"),      QStringLiteral("order-intake-integrations"),
                                   QStringLiteral("delivery-modules"), QStringLiteral("forms"),
                                   QStringLiteral("page-speed"),       QStringLiteral("backups-present") };
    QCOMPARE(slugs, expected);
}

void TestChecklistTemplate::defaultTemplatesAreValid()
{
    QVERIFY(ChecklistTemplate::defaultOnlineShop().validate().ok());
    QVERIFY(ChecklistTemplate::defaultFeatureTest().validate().ok());
    QVERIFY(!ChecklistTemplate().validate().ok());
}

void TestChecklistTemplate::parsesEditedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("slugs");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("slug and title") << "cart: Cart works\nsearch: Search works\n"
                                    << QStringList { "cart", "search" } << QStringList { "Cart works", "Search works" };
    QTest::newRow("title only makes a slug")
        << "Gift cards: balance and redeem" << QStringList { "gift-cards-balance-and-redeem" }
        << QStringList { "Gift cards: balance and redeem" };
    QTest::newRow("comments and blanks ignored") << "# shop\n\ncart: Cart\n   \n"
                                                 << QStringList { "cart" } << QStringList { "Cart" };
    QTest::newRow("Cyrillic titles are numbered") << "Корзина\nКорзина и оплата" << QStringList { "item", "item-2" }
                                                  << QStringList { "Корзина", "Корзина и оплата" };
}

void TestChecklistTemplate::parsesEditedText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, slugs);
    QFETCH(QStringList, titles);
    const auto parsed = ChecklistTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->items().size(), slugs.size());
    for (int i = 0; i < slugs.size(); ++i) {
        QCOMPARE(parsed->items().at(i).slug, slugs.at(i));
        QCOMPARE(parsed->items().at(i).title, titles.at(i));
    }
}

void TestChecklistTemplate::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << "\n# nothing\n" << 0;
    QTest::newRow("duplicate slug") << "cart: Cart\nsearch: Search\ncart: Cart again" << 3;
    QTest::newRow("slug without title") << "cart: Cart\nsearch:   " << 2;
}

void TestChecklistTemplate::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto parsed = ChecklistTemplate::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().line, line);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestChecklistTemplate::textRoundTrips()
{
    const ChecklistTemplate shop = ChecklistTemplate::defaultOnlineShop();
    const auto parsed = ChecklistTemplate::parse(shop.toText());
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == shop);
}

void TestChecklistTemplate::editedTitlesAreShownAsEdited()
{
    const ChecklistItem original = ChecklistTemplate::defaultOnlineShop().items().first();
    QCOMPARE(ChecklistTemplate::displayTitle(original), original.title);
    const ChecklistItem edited { original.slug, QStringLiteral("Catalogue incl. the new brand filter") };
    QCOMPARE(ChecklistTemplate::displayTitle(edited), edited.title);
}

void TestChecklistTemplate::findsItemsBySlugOrNumber()
{
    RegressionRun run;
    const ChecklistTemplate shop = ChecklistTemplate::defaultOnlineShop();
    for (const ChecklistItem& item : shop.items()) {
        RegressionRunItem runItem;
        runItem.position = int(run.items.size()) + 1;
        runItem.slug = item.slug;
        runItem.title = item.title;
        run.items.append(runItem);
    }
    QVERIFY(run.item(QStringLiteral("cart")));
    QCOMPARE(run.item(QStringLiteral("cart"))->position, 4);
    QVERIFY(run.item(QStringLiteral("6")));
    QCOMPARE(run.item(QStringLiteral("6"))->slug, QStringLiteral("payment"));
    QVERIFY(!run.item(QStringLiteral("15")));
    QVERIFY(!run.item(QStringLiteral("basket")));
}

void TestChecklistTemplate::resultSlugs()
{
    QCOMPARE(itemResultFromSlug(QStringLiteral("pass")), ItemResult::Pass);
    QCOMPARE(itemResultFromSlug(QStringLiteral("fail")), ItemResult::Fail);
    QCOMPARE(itemResultFromSlug(QStringLiteral("skip")), ItemResult::Skip);
    QCOMPARE(itemResultFromSlug(QStringLiteral("skipped")), ItemResult::Skip);
    QVERIFY(!itemResultFromSlug(QStringLiteral("ok")).has_value());
    QCOMPARE(toSlug(ScheduleState::InProgress), QStringLiteral("in-progress"));
    for (const QString& slug : allScheduleStateSlugs()) {
        QCOMPARE(toSlug(*scheduleStateFromSlug(slug)), slug);
    }
}

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "TestChecklistTemplate.moc"
