#include "core/schema/SchemaCatalog.h"
#include "core/storage/ReplyTemplates.h"
#include "core/storage/UserRepository.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/ticket/CannedAnswersDialog.h"
#include "ui/ticket/TicketService.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// Managers keep the canned answers in the console (Edit → Canned answers…); engineers
// read them, and a save refused or overtaken keeps what was typed.
class TestCannedAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void managerAddsAndEdits();
    void staleEditKeepsTheText();
    void engineerIsRefused();

private:
    Actor actorFor(const QString& login, Role role);
    void type(CannedAnswersDialog& dialog, const QString& title, const QString& body);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    Actor m_manager;
};

void TestCannedAnswers::initTestCase()
{
    Database::Options options;
    options.installServerClock = false;
    auto opened
        = SchemaCatalog::open(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("canned.sqlite"))), options);
    QVERIFY(opened.ok());
    m_database = std::move(opened).value();
    m_manager = actorFor(QStringLiteral("olga"), Role::AccountManager);
    QVERIFY(m_manager.userId > 0);
}

Actor TestCannedAnswers::actorFor(const QString& login, Role role)
{
    auto user = UserRepository(*m_database).add(User { 0, login, login, {}, true, { role }, 1, {} });
    return user ? Actor { user->id, user->login, user->fullName } : Actor {};
}

void TestCannedAnswers::type(CannedAnswersDialog& dialog, const QString& title, const QString& body)
{
    auto* titleEdit = test::requireChild<QLineEdit>(&dialog, QStringLiteral("templateTitle"));
    auto* bodyEdit = test::requireChild<QPlainTextEdit>(&dialog, QStringLiteral("templateBody"));
    titleEdit->setText(title);
    bodyEdit->setPlainText(body);
}

void TestCannedAnswers::managerAddsAndEdits()
{
    TicketService service(*m_database, m_manager);
    CannedAnswersDialog dialog(service);
    QVERIFY(test::showAndWait(&dialog));
    auto* list = test::requireChild<QListWidget>(&dialog, QStringLiteral("templateList"));
    const int before = list->count();
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("newTemplateButton")), Qt::LeftButton);
    type(dialog, QStringLiteral("Как сбросить кэш"),
         QStringLiteral("{client}, здравствуйте! Инструкция: https://docs.agency.test/cache (обращение №{number})."));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    QCOMPARE(dialog.outcome(), QStringLiteral("Saved"));
    QCOMPARE(list->count(), before + 1);

    type(dialog, QStringLiteral("Как сбросить кэш браузера"), QStringLiteral("Новый текст для {client}"));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    QCOMPARE(dialog.outcome(), QStringLiteral("Saved"));
    const auto stored = ReplyTemplates(*m_database).all().value();
    const auto edited = std::find_if(stored.cbegin(), stored.cend(), [](const ReplyTemplate& answer) {
        return answer.title == QStringLiteral("Как сбросить кэш браузера");
    });
    QVERIFY(edited != stored.cend());
    QCOMPARE(edited->body, QStringLiteral("Новый текст для {client}"));
    QCOMPARE(list->count(), before + 1); // edited, not added
}

void TestCannedAnswers::staleEditKeepsTheText()
{
    auto added = ReplyTemplates(*m_database).add(QStringLiteral("Оплата"), QStringLiteral("Старый текст"), m_manager);
    QVERIFY(added.ok());
    TicketService service(*m_database, m_manager);
    CannedAnswersDialog dialog(service);
    QVERIFY(test::showAndWait(&dialog));
    auto* list = test::requireChild<QListWidget>(&dialog, QStringLiteral("templateList"));
    const QList<QListWidgetItem*> rows = list->findItems(QStringLiteral("Оплата"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    list->setCurrentItem(rows.first());
    // Another desktop changes it meanwhile.
    QVERIFY(ReplyTemplates(*m_database)
                .edit(added->id, added->version, {}, QStringLiteral("Чужая правка"), m_manager)
                .ok());
    type(dialog, QStringLiteral("Оплата"), QStringLiteral("Моя правка"));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    QVERIFY2(dialog.outcome().startsWith(QStringLiteral("Not saved")), qPrintable(dialog.outcome()));
    QCOMPARE(test::requireChild<QPlainTextEdit>(&dialog, QStringLiteral("templateBody"))->toPlainText(),
             QStringLiteral("Моя правка"));
}

void TestCannedAnswers::engineerIsRefused()
{
    TicketService service(*m_database, actorFor(QStringLiteral("ivan"), Role::Engineer));
    CannedAnswersDialog dialog(service);
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(test::requireChild<QListWidget>(&dialog, QStringLiteral("templateList"))->count() > 0); // reads them
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("newTemplateButton")), Qt::LeftButton);
    type(dialog, QStringLiteral("Моё"), QStringLiteral("Текст"));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    QVERIFY2(dialog.outcome().startsWith(QStringLiteral("Not saved")), qPrintable(dialog.outcome()));
}

QTEST_MAIN(TestCannedAnswers)
#include "TestCannedAnswers.moc"
