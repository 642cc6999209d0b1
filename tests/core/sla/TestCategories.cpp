#include "core/sla/Categories.h"

#include <QTest>

using namespace dd;

// The category → level rule of docs/rules.md#service-levels that triage and the new-request dialog suggest.
class TestCategories : public QObject
{
    Q_OBJECT

private slots:
    void suggestsTheRegulationsLevel_data();
    void suggestsTheRegulationsLevel();
    void groupsFollowTheRegulation();
};

void TestCategories::suggestsTheRegulationsLevel_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<int>("level");
    QTest::newRow("site hacked") << QStringLiteral("site-hacked") << false << int(SlaLevel::Emergency);
    QTest::newRow("cannot pay, also asked urgently")
        << QStringLiteral("payment-broken") << true << int(SlaLevel::Emergency);
    QTest::newRow("wrong order total") << QStringLiteral("wrong-order-total") << false << int(SlaLevel::Emergency);
    QTest::newRow("bug fixing") << QStringLiteral("bug-fixing") << false << int(SlaLevel::Standard);
    QTest::newRow("bug fixing asked urgently") << QStringLiteral("bug-fixing") << true << int(SlaLevel::Urgent);
    QTest::newRow("CMS updates") << QStringLiteral("cms-updates") << false << int(SlaLevel::Standard);
    QTest::newRow("out of scope stays standard")
        << QStringLiteral("client-internet") << false << int(SlaLevel::Standard);
    QTest::newRow("unknown category") << QStringLiteral("no-such-thing") << false << int(SlaLevel::Standard);
}

void TestCategories::suggestsTheRegulationsLevel()
{
    QFETCH(QString, category);
    QFETCH(bool, urgent);
    QFETCH(int, level);
    QCOMPARE(Categories::suggestedLevel(category, urgent), static_cast<SlaLevel>(level));
}

void TestCategories::groupsFollowTheRegulation()
{
    // §2.3.1 lists seven emergencies, §2.3.2 fifteen standard kinds of work.
    QCOMPARE(Categories::inGroup(CategoryGroup::Emergency).size(), 7);
    QCOMPARE(Categories::inGroup(CategoryGroup::Standard).size(), 15);
    const QStringList all = Categories::all();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    for (const QString& slug : all) {
        QVERIFY2(Categories::isKnown(slug), qPrintable(slug));
        QVERIFY(!Categories::name(slug).isEmpty());
        QVERIFY(Categories::name(slug) != slug);
    }
    QCOMPARE(Categories::groupOf(QStringLiteral("graphic-design")), CategoryGroup::Development);
    QCOMPARE(Categories::groupOf(QStringLiteral("third-party-services")), CategoryGroup::OutOfScope);
    QVERIFY(!Categories::groupOf(QStringLiteral("skype")));
    QCOMPARE(Categories::name(QStringLiteral("skype")), QStringLiteral("skype"));
}

QTEST_GUILESS_MAIN(TestCategories)
#include "TestCategories.moc"
