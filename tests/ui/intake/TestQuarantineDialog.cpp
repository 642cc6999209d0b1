#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/support/TestPaths.h"
#include "ui/intake/QuarantineDialog.h"

#include "core/intake/IntakeService.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "core/util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace dd;

// The quarantine view driven like a manager would: real widgets, offscreen, clicks and
// keys, against an SQLite database the intake filled with mail it held back.
class TestQuarantineDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsHeldMailWithPreview();
    void releasesIntoATicket();
    void offersTheSendersClientsProjects();
    void discardNeedsAReason();
    void offersResolvingOnlyToWhomTheRolesAllow();
    void showsWhyAReleaseFailed();
    void rendersScreenshots_data();
    void rendersScreenshots();

private:
    static QByteArray load(const QString& name);
    static QByteArray fromSender(QByteArray raw, const QString& address);
    qint64 hold(const QByteArray& raw);
    // Clicks the table row of quarantined mail `id`; false when it is not listed.
    static bool clickRow(QTableWidget* table, qint64 id);
    // Waits until the list the dialog asked its worker for is shown.
    static bool listed(const QuarantineDialog& dialog);
    static int rowOf(QTableWidget* table, qint64 id);

    test::IntakeTestDatabase m_db;
    std::unique_ptr<IntakeService> m_service;
    qint64 m_uid = 0;
    qint64 m_stranger = 0; // html-only.eml from boss@romashka.ru: unknown sender
    qint64 m_spam = 0; // koi8-r.eml from spam@example.com
    qint64 m_unclear = 0; // shop@vasilek.ru without a site: no project
    const Actor m_manager { 0, QStringLiteral("head"), QStringLiteral("Head of support") };
    const MailAddress m_support { QStringLiteral("support@echo-company.ru"), QStringLiteral("Support") };
};

QByteArray TestQuarantineDialog::load(const QString& name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/core/intake/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(name));
    }
    return file.readAll();
}

QByteArray TestQuarantineDialog::fromSender(QByteArray raw, const QString& address)
{
    const qsizetype start = raw.indexOf("From:");
    const qsizetype end = raw.indexOf('\n', start);
    return raw.replace(start, end - start, ("From: " + address + "\r").toUtf8());
}

qint64 TestQuarantineDialog::hold(const QByteArray& raw)
{
    const QDateTime arrived = QDateTime(QDate(2026, 11, 25), QTime(7, 15), QTimeZone::utc()).addSecs(m_uid * 900);
    auto outcome = m_service->process(QStringLiteral("support@mail/INBOX"), 77, ++m_uid, arrived, raw);
    if (!outcome || outcome->outcome != QLatin1String("quarantined")) {
        qFatal("mail %lld was not quarantined", m_uid);
    }
    return m_service->store().quarantine()->last().id;
}

bool TestQuarantineDialog::listed(const QuarantineDialog& dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isListing(); }, 10000);
}

int TestQuarantineDialog::rowOf(QTableWidget* table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

bool TestQuarantineDialog::clickRow(QTableWidget* table, qint64 id)
{
    const int row = rowOf(table, id);
    if (row < 0) {
        return false;
    }
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 2)).center());
    return true;
}

void TestQuarantineDialog::init()
{
    installTranslations(QStringLiteral("en"));
    m_db = test::IntakeTestDatabase::create();
    IntakeSettings settings;
    settings.supportAddress = m_support;
    m_service = std::make_unique<IntakeService>(*m_db.database, settings);
    m_uid = 0;
    m_stranger = hold(fromSender(load(QStringLiteral("html-only.eml")), QStringLiteral("boss@romashka.ru")));
    m_spam = hold(fromSender(load(QStringLiteral("koi8-r.eml")), QStringLiteral("spam@example.com")));
    m_unclear = hold("From: shop@vasilek.ru\r\nSubject: help\r\nMessage-ID: <v3@vasilek.ru>\r\n\r\nHelp\r\n");
}

void TestQuarantineDialog::cleanup()
{
    m_service.reset();
    m_db = {};
}

void TestQuarantineDialog::listsHeldMailWithPreview()
{
    QuarantineDialog dialog(*m_db.database, m_manager, {});
    // Listing parses every mail: the worker does it, the dialog shows at once.
    QVERIFY(dialog.isListing());
    QCOMPARE(test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"))->rowCount(), 0);
    QSignalSpy listedSignal(&dialog, &QuarantineDialog::listed);
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"));
    QVERIFY(table);
    QCOMPARE(listedSignal.count(), 1);
    QCOMPARE(table->rowCount(), 3);
    const int row = rowOf(table, m_stranger);
    QVERIFY(row >= 0);
    // 07:15 UTC is 10:15 in Moscow; the test runs in Omsk, whose time is in the tooltip.
    QCOMPARE(table->item(row, 0)->text(), QStringLiteral("25/11/2026 10:15"));
    QVERIFY2(table->item(row, 0)->toolTip().contains(QStringLiteral("25/11/2026 13:15")),
             qPrintable(table->item(row, 0)->toolTip()));
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("boss@romashka.ru"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Ошибка в каталоге"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Unknown sender"));
    QVERIFY(table->item(row, 3)->toolTip().contains(QStringLiteral("boss@romashka.ru")));

    auto* preview = test::requireChild<QPlainTextEdit>(&dialog, QStringLiteral("quarantinePreview"));
    QVERIFY(preview->toPlainText().isEmpty());
    QVERIFY(!test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton"))->isEnabled());
    QVERIFY(clickRow(table, m_stranger));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("From: boss@romashka.ru")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Subject: Ошибка в каталоге")));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("• Удочка")), qPrintable(preview->toPlainText()));
    QVERIFY(test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton"))->isEnabled());
}

void TestQuarantineDialog::releasesIntoATicket()
{
    QuarantineDialog dialog(*m_db.database, m_manager, m_support);
    QSignalSpy released(&dialog, &QuarantineDialog::mailReleased);
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"));
    QVERIFY(clickRow(table, m_stranger));
    // A stranger belongs to no client: every active project is offered.
    auto* project = test::requireChild<QComboBox>(&dialog, QStringLiteral("releaseProjectCombo"));
    QCOMPARE(project->count(), 3);
    QVERIFY(!test::requireChild<QCheckBox>(&dialog, QStringLiteral("allProjectsCheck"))->isEnabled());
    const int romashka = project->findData(m_db.romashkaProject);
    QVERIFY(romashka >= 0);
    project->setCurrentIndex(romashka);
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton")), Qt::LeftButton);

    auto* message = test::requireChild<QLabel>(&dialog, QStringLiteral("quarantineMessage"));
    QVERIFY2(released.size() == 1, qPrintable(message->text()));
    const qint64 ticketId = released.first().at(1).toLongLong();
    const Ticket ticket = TicketRepository(*m_db.database).get(ticketId).value();
    QCOMPARE(ticket.subject, QStringLiteral("Ошибка в каталоге"));
    QCOMPARE(ticket.projectId, m_db.romashkaProject);
    QVERIFY2(message->text().contains(QStringLiteral("#%1").arg(ticket.number)), qPrintable(message->text()));
    QVERIFY(listed(dialog));
    QCOMPARE(rowOf(table, m_stranger), -1);
    QCOMPARE(table->rowCount(), 2);
    const auto resolved = m_service->store().quarantine(QStringLiteral("released")).value();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved[0].resolvedBy, QStringLiteral("head"));

    auto* filter = test::requireChild<QComboBox>(&dialog, QStringLiteral("quarantineFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("released")));
    QVERIFY(listed(dialog));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 6)->text().contains(QStringLiteral("#%1").arg(ticket.number)));
    QVERIFY(!test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton"))->isEnabled());
}

void TestQuarantineDialog::offersTheSendersClientsProjects()
{
    QuarantineDialog dialog(*m_db.database, m_manager, {});
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    QVERIFY(clickRow(test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable")), m_unclear));
    auto* project = test::requireChild<QComboBox>(&dialog, QStringLiteral("releaseProjectCombo"));
    QCOMPARE(project->count(), 2);
    QVERIFY(project->findData(m_db.vasilekShop) >= 0);
    QVERIFY(project->findData(m_db.vasilekBlog) >= 0);
    auto* all = test::requireChild<QCheckBox>(&dialog, QStringLiteral("allProjectsCheck"));
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(4, all->height() / 2));
    QVERIFY(all->isChecked());
    QCOMPARE(project->count(), 3);
}

void TestQuarantineDialog::offersResolvingOnlyToWhomTheRolesAllow()
{
    // A programmer sees the quarantine but is not offered what the server would refuse;
    // the disabled button says who may (docs/shared-database.md#ui).
    User programmer;
    programmer.login = QStringLiteral("pavel");
    programmer.fullName = QStringLiteral("Pavel");
    programmer.roles = { Role::Programmer };
    auto added = UserRepository(*m_db.database).add(programmer);
    QVERIFY(added.ok());
    QuarantineDialog dialog(*m_db.database, Actor { added->id, added->login, added->fullName }, {});
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"));
    auto* release = test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton"));
    auto* discard = test::requireChild<QPushButton>(&dialog, QStringLiteral("discardButton"));
    QVERIFY(clickRow(table, m_spam));
    QVERIFY(!release->isEnabled());
    QVERIFY(!discard->isEnabled());
    QVERIFY2(discard->toolTip().contains(QStringLiteral("engineers, managers and administrators")),
             qPrintable(discard->toolTip()));

    // The same mail for a head of support: both offered.
    User head;
    head.login = QStringLiteral("olga");
    head.fullName = QStringLiteral("Olga");
    head.roles = { Role::HeadOfSupport };
    auto headAdded = UserRepository(*m_db.database).add(head);
    QVERIFY(headAdded.ok());
    QuarantineDialog allowed(*m_db.database, Actor { headAdded->id, headAdded->login, headAdded->fullName }, {});
    QVERIFY(test::showAndWait(&allowed));
    QVERIFY(listed(allowed));
    QVERIFY(clickRow(test::requireChild<QTableWidget>(&allowed, QStringLiteral("quarantineTable")), m_spam));
    QVERIFY(test::requireChild<QPushButton>(&allowed, QStringLiteral("discardButton"))->isEnabled());
    QVERIFY(test::requireChild<QPushButton>(&allowed, QStringLiteral("releaseButton"))->isEnabled());
}

void TestQuarantineDialog::discardNeedsAReason()
{
    QuarantineDialog dialog(*m_db.database, m_manager, {});
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"));
    auto* discard = test::requireChild<QPushButton>(&dialog, QStringLiteral("discardButton"));
    auto* reason = test::requireChild<QLineEdit>(&dialog, QStringLiteral("discardReasonEdit"));
    auto* message = test::requireChild<QLabel>(&dialog, QStringLiteral("quarantineMessage"));
    QVERIFY(clickRow(table, m_spam));

    QTest::keyClicks(reason, QStringLiteral("   "));
    QTest::mouseClick(discard, Qt::LeftButton);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(message->property("error").toBool());
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_service->store().quarantine()->size(), 3);

    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("Spam"));
    QTest::mouseClick(discard, Qt::LeftButton);
    QVERIFY2(!message->property("error").toBool(), qPrintable(message->text()));
    QVERIFY(listed(dialog));
    QCOMPARE(rowOf(table, m_spam), -1);
    QCOMPARE(table->rowCount(), 2);
    const auto discarded = m_service->store().quarantine(QStringLiteral("discarded")).value();
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded[0].resolutionNote, QStringLiteral("Spam"));
    QCOMPARE(discarded[0].resolvedBy, QStringLiteral("head"));

    auto* filter = test::requireChild<QComboBox>(&dialog, QStringLiteral("quarantineFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("discarded")));
    QVERIFY(listed(dialog));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(rowOf(table, m_spam), 0);
    QVERIFY(table->item(0, 6)->text().contains(QStringLiteral("Spam")));
    QVERIFY(clickRow(table, m_spam));
    QVERIFY(test::requireChild<QPlainTextEdit>(&dialog, QStringLiteral("quarantinePreview"))
                ->toPlainText()
                .contains(QStringLiteral("Discarded by head: Spam")));
    QVERIFY(!discard->isEnabled());
}

void TestQuarantineDialog::showsWhyAReleaseFailed()
{
    // Without the support address the acknowledgment cannot be queued: the release is
    // refused as a whole and says so next to the buttons.
    QuarantineDialog dialog(*m_db.database, m_manager, {});
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable"));
    QVERIFY(clickRow(table, m_stranger));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("releaseButton")), Qt::LeftButton);
    auto* message = test::requireChild<QLabel>(&dialog, QStringLiteral("quarantineMessage"));
    QVERIFY(message->property("error").toBool());
    QVERIFY2(message->text().startsWith(QStringLiteral("The mail was not released: ")), qPrintable(message->text()));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_service->store().quarantine()->size(), 3);
}

void TestQuarantineDialog::rendersScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

// Writes docs/quarantine-{en,ru}.png when DUTYDESK_SCREENSHOT_DIR is set; otherwise
// checks that the view renders at its documented size.
void TestQuarantineDialog::rendersScreenshots()
{
    QFETCH(QString, language);
    installTranslations(language);
    hold(fromSender(load(QStringLiteral("attachments.eml")), QStringLiteral("new.manager@romashka.ru")));
    hold(load(QStringLiteral("auto-reply.eml")));
    QuarantineDialog dialog(*m_db.database, m_manager, m_support);
    dialog.resize(1100, 680);
    QVERIFY(test::showAndWait(&dialog));
    QVERIFY(listed(dialog));
    QVERIFY(clickRow(test::requireChild<QTableWidget>(&dialog, QStringLiteral("quarantineTable")), m_stranger));
    QTest::keyClicks(test::requireChild<QLineEdit>(&dialog, QStringLiteral("discardReasonEdit")), QStringLiteral(" "));
    QTest::mouseClick(test::requireChild<QPushButton>(&dialog, QStringLiteral("discardButton")), Qt::LeftButton);

    const QImage shot = dialog.grab().toImage();
    QCOMPARE(shot.size(), QSize(1100, 680));
    const QString outDir = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR");
    if (!outDir.isEmpty()) {
        QVERIFY(QDir().mkpath(outDir));
        QVERIFY(shot.save(QDir(outDir).filePath(QStringLiteral("quarantine-%1.png").arg(language))));
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestQuarantineDialog)
#include "TestQuarantineDialog.moc"
