#include "tests/support/GuiTestHelpers.h"
#include "ui/settings/FirstRunDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace dd;

// The first start asks how to begin; the team's database is taken only once it answers.
class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void demoIsTheDefault();
    void sharedDatabaseMustAnswer();
};

void TestFirstRunDialog::demoIsTheDefault()
{
    int asked = 0;
    FirstRunDialog dialog([&asked](const DatabaseLocation&, const QString&) -> Status {
        ++asked;
        return Done {};
    });
    QVERIFY(test::showAndWait(&dialog));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Demo);
    test::requireChild<QRadioButton>(&dialog, QStringLiteral("emptyChoice"))->click();
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Empty);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(asked, 0); // nothing to connect to
}

void TestFirstRunDialog::sharedDatabaseMustAnswer()
{
    QStringList tried;
    FirstRunDialog dialog([&tried](const DatabaseLocation& location, const QString& password) -> Status {
        tried << location.displayName() + QLatin1Char(' ') + password;
        if (password != QStringLiteral("верный")) {
            return Error { QStringLiteral("password authentication failed for user \"anna\"") };
        }
        return Done {};
    });
    QVERIFY(test::showAndWait(&dialog));
    test::requireChild<QRadioButton>(&dialog, QStringLiteral("sharedChoice"))->click();
    auto* url = test::requireChild<QLineEdit>(&dialog, QStringLiteral("urlEdit"));
    auto* password = test::requireChild<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    auto* result = test::requireChild<QLabel>(&dialog, QStringLiteral("connectionResult"));
    QVERIFY(url && password && result);
    QVERIFY(url->isEnabled());

    // Not a PostgreSQL address: said at once, nobody is asked.
    QTest::keyClicks(url, QStringLiteral("/tmp/file.sqlite"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(result->text().contains(QStringLiteral("postgresql://")));
    QVERIFY(tried.isEmpty());

    // A wrong password: the server's answer, and the dialog stays.
    url->setText(QStringLiteral("postgresql://anna@db.agency.test:5432/support"));
    password->setText(QStringLiteral("неверный"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(result->text().contains(QStringLiteral("password authentication failed")));

    password->setText(QStringLiteral("верный"));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QCOMPARE(result->text(), QStringLiteral("Connected"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Shared);
    QCOMPARE(dialog.location().displayName(), QStringLiteral("postgresql://anna@db.agency.test:5432/support"));
    QCOMPARE(dialog.password(), QStringLiteral("верный"));
    QCOMPARE(tried.size(), 2); // accepted without asking again: it was tested with these
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
