#include "tests/support/GuiTestHelpers.h"
#include "tests/support/TestRows.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/TariffRepository.h"
#include "core/storage/UserRepository.h"
#include "core/time/ProductionCalendar.h"
#include "ui/ConsoleSession.h"
#include "ui/ToolWindows.h"
#include "ui/admin/AdministrationWindow.h"
#include "ui/admin/CalendarTab.h"
#include "ui/admin/ProjectsTab.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueSync.h"
#include "ui/widgets/BreachDockWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace dd;

namespace {

// The parts of the console the tool windows hang on: a window with tabs, a breach dock and
// the tools' menus.
struct ConsoleFrame
{
    QMainWindow frame;
    QTabWidget* tabs = new QTabWidget(&frame);
    QueueModel* model = new QueueModel(std::make_shared<SlaEngine>(ProductionCalendar {}), &frame);
    ToolWindows tools { &frame, tabs, new BreachDockWidget(model, &frame) };

    ConsoleFrame()
    {
        frame.setCentralWidget(tabs);
        tools.addMenus(frame.menuBar());
    }
};

} // namespace

// The Administration window driven offscreen (issue 17): each tab's edit reaches the
// shared database, a stale edit is refused naming who changed what with the input kept,
// and only administrators see the menu.
class TestAdministrationWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsTabSavesAndRecords();
    void staleSettingsEditKeepsTheInput();
    void policyAppliesFromNow();
    void calendarDayEdit();
    void usersEditAndDeactivateWithReassignment();
    void templatesAreValidated();
    void projectsTabSetsShortNames();
    void menuOnlyForAdministrators();
    void consoleHearsAnotherDesktopsChange();
    void warnsBeforeTheCalendarRunsOut();

private:
    template<typename T> T* child(const QString& name) { return test::requireChild<T>(m_window.get(), name); }
    void click(const QString& button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    QString outcome(const QString& label) { return child<QLabel>(label)->text(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_other; // a second desktop
    Actor m_alex;
    std::unique_ptr<AdministrationWindow> m_window;
    int m_round = 0;
    QString m_path;

    // The console's session on the same file, as ToolWindows receives it.
    std::unique_ptr<ConsoleSession> openSession() const
    {
        ConsoleSession::Options options;
        options.useServerClock = false;
        auto opened = ConsoleSession::open(*DatabaseLocation::parse(m_path), options);
        return opened ? std::move(opened).value() : nullptr;
    }
};

void TestAdministrationWindow::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("admin-%1.sqlite").arg(++m_round));
    const QString& path = m_path;
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    auto other = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    QVERIFY(opened.ok() && other.ok());
    m_database = std::move(opened).value();
    m_other = std::move(other).value();
    auto alex = UserRepository(*m_database)
                    .add(User { 0, QStringLiteral("alex"), QStringLiteral("Alex"), {}, true, { Role::Admin }, 1, {} });
    QVERIFY(alex.ok());
    m_alex = Actor { alex->id, alex->login, alex->fullName };
    m_window = std::make_unique<AdministrationWindow>(*m_database, m_alex);
    QVERIFY(test::showAndWait(m_window.get()));
}

void TestAdministrationWindow::cleanup()
{
    m_window.reset();
    m_other.reset();
    m_database.reset();
}

void TestAdministrationWindow::settingsTabSavesAndRecords()
{
    QCOMPARE(m_window->tabs()->count(), 6);
    auto* percent = child<QSpinBox>(QStringLiteral("warning-percent-edit"));
    QCOMPARE(percent->value(), 25);
    percent->setValue(30);
    child<QLineEdit>(QStringLiteral("mail-ack-interval-edit"))->setText(QStringLiteral("1h30m"));
    QSignalSpy changed(m_window.get(), &AdministrationWindow::configurationChanged);
    click(QStringLiteral("saveSettingsButton"));
    QVERIFY2(outcome(QStringLiteral("settingsOutcome")).contains(QStringLiteral("Saved")),
             qPrintable(outcome(QStringLiteral("settingsOutcome"))));
    QCOMPARE(changed.count(), 1);
    // Another desktop reads them.
    QCOMPARE(*SharedSettings::text(*m_other, setting::warningPercent), QStringLiteral("30"));
    QCOMPARE(*SharedSettings::number(*m_other, setting::ackInterval), qint64(5400));
    auto* history = child<QTreeWidget>(QStringLiteral("settingsHistory"));
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("alex"));
    // A bad value is refused with the key and what it accepts.
    child<QLineEdit>(QStringLiteral("mail-support-address-edit"))->setText(QStringLiteral("nobody"));
    click(QStringLiteral("saveSettingsButton"));
    QVERIFY(outcome(QStringLiteral("settingsOutcome")).contains(QStringLiteral("mail.support-address")));
    QCOMPARE(*SharedSettings::text(*m_other, setting::supportAddress), QStringLiteral("support@echo-company.ru"));
}

void TestAdministrationWindow::staleSettingsEditKeepsTheInput()
{
    auto olga = test::insertUser(*m_other, QStringLiteral("olga"));
    QVERIFY(olga.ok());
    QVERIFY(
        SharedSettings::set(*m_other, setting::shortenedDays, QStringLiteral("off"), Actor { *olga, "olga", {} }).ok());
    auto* shortened = child<QCheckBox>(QStringLiteral("shortened-days-edit"));
    QVERIFY(shortened->isChecked()); // read before olga's change
    child<QSpinBox>(QStringLiteral("warning-minutes-urgent-edit"))->setValue(90);
    shortened->setChecked(false);
    shortened->setChecked(true); // unchanged for this desktop, but stale
    child<QSpinBox>(QStringLiteral("warning-minutes-urgent-edit"))->setValue(95);
    click(QStringLiteral("saveSettingsButton"));
    // The urgent threshold saved; shortened-days was not touched here, so nothing is refused.
    QCOMPARE(*SharedSettings::text(*m_other, setting::warningMinutesUrgent), QStringLiteral("95"));
    QCOMPARE(*SharedSettings::text(*m_other, setting::shortenedDays), QStringLiteral("off"));
    // Now this desktop changes what olga changed: refused, naming her, input kept.
    shortened->setChecked(false);
    shortened->setChecked(true);
    m_window->reload();
    QVERIFY(!shortened->isChecked()); // reload shows olga's value
    QVERIFY(
        SharedSettings::set(*m_other, setting::shortenedDays, QStringLiteral("on"), Actor { *olga, "olga", {} }).ok());
    shortened->setChecked(true);
    child<QSpinBox>(QStringLiteral("warning-percent-edit"))->setValue(40);
    click(QStringLiteral("saveSettingsButton"));
    const QString refused = outcome(QStringLiteral("settingsOutcome"));
    QVERIFY2(refused.contains(QStringLiteral("olga")), qPrintable(refused));
    QVERIFY(shortened->isChecked());
    QCOMPARE(child<QSpinBox>(QStringLiteral("warning-percent-edit"))->value(), 40);
}

void TestAdministrationWindow::policyAppliesFromNow()
{
    m_window->tabs()->setCurrentIndex(1);
    child<QComboBox>(QStringLiteral("policyTariffCombo"))->setCurrentText(QStringLiteral("premium"));
    auto* level = child<QComboBox>(QStringLiteral("policyLevelCombo"));
    level->setCurrentIndex(level->findData(QStringLiteral("standard")));
    child<QLineEdit>(QStringLiteral("policyReactionEdit"))->setText(QStringLiteral("2x"));
    click(QStringLiteral("applyPolicyButton"));
    QVERIFY(outcome(QStringLiteral("tariffOutcome")).contains(QStringLiteral("1h30m")));
    child<QLineEdit>(QStringLiteral("policyReactionEdit"))->setText(QStringLiteral("1h30m"));
    child<QLineEdit>(QStringLiteral("policyResolutionEdit"))->setText(QStringLiteral("16h"));
    click(QStringLiteral("applyPolicyButton"));
    const auto rows = TariffRepository(*m_other).policyInForce();
    QVERIFY(rows.ok());
    bool found = false;
    for (const PolicyRow& row : *rows) {
        if (row.tariff == QLatin1String("premium") && row.level == SlaLevel::Standard) {
            found = row.maxReaction == 5400 && row.resolutionTarget == std::optional<qint64>(16 * 3600);
        }
    }
    QVERIFY(found);
    QCOMPARE(TariffRepository(*m_other).policyHistory()->size(), rows->size() + 1);
    // A tariff's hourly rate.
    child<QLineEdit>(QStringLiteral("tariffCodeEdit"))->setText(QStringLiteral("gold"));
    child<QLineEdit>(QStringLiteral("tariffNameEdit"))->setText(QStringLiteral("Золотой"));
    child<QLineEdit>(QStringLiteral("tariffRateEdit"))->setText(QStringLiteral("2500"));
    click(QStringLiteral("addTariffButton"));
    const auto gold = TariffRepository(*m_other).find(QStringLiteral("gold"));
    QVERIFY(gold.ok() && *gold);
    QCOMPARE((*gold)->hourlyRateKopecks, std::optional<qint64>(250000));
}

void TestAdministrationWindow::calendarDayEdit()
{
    m_window->tabs()->setCurrentIndex(2);
    auto* tab = qobject_cast<CalendarTab*>(m_window->tabs()->currentWidget());
    QVERIFY(tab);
    const QDate day(2026, 12, 30);
    child<QSpinBox>(QStringLiteral("calendarYearSpin"))->setValue(2026);
    QCOMPARE(tab->shownKind(day), QStringLiteral("working"));
    child<QDateEdit>(QStringLiteral("calendarDayEdit"))->setDate(day);
    auto* kind = child<QComboBox>(QStringLiteral("calendarKindCombo"));
    kind->setCurrentIndex(kind->findData(int(DayKind::DayOff)));
    click(QStringLiteral("applyDayButton")); // no reason yet
    QVERIFY(outcome(QStringLiteral("calendarOutcome")).contains(QStringLiteral("reason")));
    QCOMPARE(tab->shownKind(day), QStringLiteral("working"));
    child<QLineEdit>(QStringLiteral("calendarReasonEdit"))->setText(QStringLiteral("Company day"));
    click(QStringLiteral("applyDayButton"));
    QCOMPARE(tab->shownKind(day), QStringLiteral("off"));
    // Exported and imported back in the xmlcalendar format.
    const QString file = m_dir.filePath(QStringLiteral("2026.xml"));
    tab->exportFile(file);
    QVERIFY(QFile::exists(file));
    QCOMPARE(readXmlCalendarFile(file)->kind(day), DayKind::DayOff);
}

void TestAdministrationWindow::usersEditAndDeactivateWithReassignment()
{
    const UserRepository users(*m_database);
    QVERIFY(users.add(User { 0, QStringLiteral("anna"), QStringLiteral("Anna"), {}, true, { Role::Engineer }, 1, {} })
                .ok());
    QVERIFY(
        users.add(User { 0, QStringLiteral("eve"), QStringLiteral("Eve"), {}, true, { Role::Engineer }, 1, {} }).ok());
    const qint64 anna = (*users.findByLogin(QStringLiteral("anna")))->id;
    const qint64 eve = (*users.findByLogin(QStringLiteral("eve")))->id;
    auto client = test::insertClient(*m_database, QStringLiteral("Shop"));
    auto project = test::insertProject(*m_database, *client, QStringLiteral("shop"));
    auto ticket = test::insertTicket(*m_database, *project, QStringLiteral("Broken cart"));
    QVERIFY(ticket.ok());
    QVERIFY(m_database->run(QStringLiteral("UPDATE tickets SET assignee_id = ? WHERE id = ?"), { anna, *ticket }).ok());
    m_window->tabs()->setCurrentIndex(3);
    m_window->reload();
    auto* table = child<QTableWidget>(QStringLiteral("userTable"));
    const auto rows = table->findItems(QStringLiteral("anna"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    table->selectRow(rows.first()->row());
    QCOMPARE(child<QLineEdit>(QStringLiteral("userNameEdit"))->text(), QStringLiteral("Anna"));
    child<QLineEdit>(QStringLiteral("userPhoneEdit"))->setText(QStringLiteral("+7 900 111-22-33"));
    child<QCheckBox>(QStringLiteral("role-head-of-support"))->setChecked(true);
    click(QStringLiteral("saveUserButton"));
    const auto saved = users.findByLogin(QStringLiteral("anna"));
    QCOMPARE((*saved)->phone, QStringLiteral("+7 900 111-22-33"));
    QVERIFY((*saved)->hasRole(Role::HeadOfSupport));
    // Deactivating someone with an open ticket asks who takes it over.
    table->selectRow(table->findItems(QStringLiteral("anna"), Qt::MatchExactly).first()->row());
    click(QStringLiteral("deactivateUserButton"));
    QVERIFY2(outcome(QStringLiteral("userOutcome")).contains(QStringLiteral("open ticket")),
             qPrintable(outcome(QStringLiteral("userOutcome"))));
    QVERIFY((*users.findByLogin(QStringLiteral("anna")))->active);
    auto* reassign = child<QComboBox>(QStringLiteral("reassignCombo"));
    reassign->setCurrentIndex(reassign->findData(eve));
    click(QStringLiteral("deactivateUserButton"));
    QVERIFY(!(*users.findByLogin(QStringLiteral("anna")))->active);
    auto assignee = m_other->runScalar(QStringLiteral("SELECT assignee_id FROM tickets WHERE id = ?"), { *ticket });
    QCOMPARE(assignee->toLongLong(), eve);
}

void TestAdministrationWindow::templatesAreValidated()
{
    m_window->tabs()->setCurrentIndex(4);
    auto* russian = child<QPlainTextEdit>(QStringLiteral("templateRussianEdit"));
    russian->setPlainText(QStringLiteral("Здравствуйте!"));
    click(QStringLiteral("saveTemplatesButton"));
    QVERIFY(outcome(QStringLiteral("templateOutcome")).contains(QStringLiteral("ack.template-ru")));
    QCOMPARE(russian->toPlainText(), QStringLiteral("Здравствуйте!")); // kept for correction
    russian->setPlainText(QStringLiteral("Subject: {tag} принят\n\nЗдравствуйте, {name}!"));
    click(QStringLiteral("saveTemplatesButton"));
    QCOMPARE(*SharedSettings::text(*m_other, setting::ackTemplateRu),
             QStringLiteral("Subject: {tag} принят\n\nЗдравствуйте, {name}!"));
}

// Issue 18: the short name is set in the projects tab; too long or stale edits are refused
// with the reason, the typed text kept.
void TestAdministrationWindow::projectsTabSetsShortNames()
{
    auto client = test::insertClient(*m_database, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    QVERIFY(test::insertProject(*m_database, *client, QStringLiteral("shop")).ok());
    QVERIFY(test::insertProject(*m_database, *client, QStringLiteral("blog")).ok());
    m_window->reload();
    auto* table = child<QTableWidget>(QStringLiteral("projectsTable"));
    QCOMPARE(table->rowCount(), 2);
    const int shop = table->findItems(QStringLiteral("shop"), Qt::MatchExactly).first()->row();
    const ProjectRepository projects(*m_other);

    table->item(shop, ProjectsTab::ShortName)->setText(QStringLiteral("Магазин"));
    QCOMPARE((*projects.find(QStringLiteral("shop")))->shortName, QStringLiteral("Магазин"));
    QVERIFY2(outcome(QStringLiteral("projectsOutcome")).contains(QStringLiteral("shop")),
             qPrintable(outcome(QStringLiteral("projectsOutcome"))));

    table->item(shop, ProjectsTab::ShortName)->setText(QStringLiteral("Интернет-магазин Ромашка"));
    QVERIFY(outcome(QStringLiteral("projectsOutcome")).contains(QStringLiteral("20")));
    QCOMPARE((*projects.find(QStringLiteral("shop")))->shortName, QStringLiteral("Магазин"));

    // Another desktop renames it meanwhile: this one's edit is refused, naming the new name.
    Project other = **projects.find(QStringLiteral("shop"));
    other.shortName = QStringLiteral("Ромашка-шоп");
    QVERIFY(projects.update(other, other.version).ok());
    table->item(shop, ProjectsTab::ShortName)->setText(QStringLiteral("Шоп"));
    const QString refused = outcome(QStringLiteral("projectsOutcome"));
    QVERIFY2(refused.contains(QStringLiteral("Ромашка-шоп")), qPrintable(refused));
    QCOMPARE(table->item(shop, ProjectsTab::ShortName)->text(), QStringLiteral("Шоп")); // input kept
    QCOMPARE((*projects.find(QStringLiteral("shop")))->shortName, QStringLiteral("Ромашка-шоп"));
}

void TestAdministrationWindow::menuOnlyForAdministrators()
{
    m_window.reset();
    const auto session = openSession();
    QVERIFY(session);
    ConsoleFrame console;
    auto* menu = test::requireChild<QMenu>(&console.frame, QStringLiteral("administrationMenu"));
    QVERIFY(menu);
    QVERIFY(!menu->menuAction()->isVisible());
    console.tools.attach(session.get(), m_alex);
    QVERIFY(menu->menuAction()->isVisible());
    auto anna
        = UserRepository(*m_database)
              .add(User { 0, QStringLiteral("anna"), QStringLiteral("Anna"), {}, true, { Role::Engineer }, 1, {} });
    QVERIFY(anna.ok());
    console.tools.attach(session.get(), Actor { anna->id, anna->login, anna->fullName });
    QVERIFY(!menu->menuAction()->isVisible());
}

void TestAdministrationWindow::consoleHearsAnotherDesktopsChange()
{
    // The console's sync asks for a new SLA engine when another desktop (or the CLI)
    // changes a shared setting, a policy row or the calendar — no restart.
    QueueSync sync(*m_database);
    QSignalSpy configuration(&sync, &QueueSync::configurationChanged);
    QSignalSpy tickets(&sync, &QueueSync::ticketsChanged);
    QVERIFY(SharedSettings::set(*m_other, setting::shortenedDays, QStringLiteral("off"), Actor {}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(configuration.count() > 0, 5000);
    const int before = configuration.count();
    QVERIFY(
        TariffRepository(*m_other).setPolicy(QStringLiteral("standard"), SlaLevel::Urgent, 3600, std::nullopt).ok());
    QTRY_VERIFY_WITH_TIMEOUT(configuration.count() > before, 5000);
    QCOMPARE(tickets.count(), 0);
}

void TestAdministrationWindow::warnsBeforeTheCalendarRunsOut()
{
    // The shipped calendar ends on 31 December 2027: 46 days before, administrators are told.
    test::ScopedFakeClock clock(QDateTime(QDate(2027, 11, 15), QTime(9, 0), QTimeZone::utc()));
    m_window = std::make_unique<AdministrationWindow>(*m_database, m_alex);
    QVERIFY(test::showAndWait(m_window.get()));
    auto* warning = child<QLabel>(QStringLiteral("calendarWarning"));
    m_window->tabs()->setCurrentIndex(2);
    QVERIFY(warning->isVisible());
    // The day in the console's one date style (the locale's short date), not ISO.
    QVERIFY2(warning->text().contains(QLocale().toString(QDate(2027, 12, 31), QLocale::ShortFormat)),
             qPrintable(warning->text()));
    QVERIFY(!warning->text().contains(QStringLiteral("2027-12-31")));
    m_window.reset();
    const auto session = openSession();
    QVERIFY(session);
    ConsoleFrame console;
    console.tools.attach(session.get(), m_alex);
    QVERIFY2(console.frame.statusBar()->currentMessage().contains(QStringLiteral("2027")),
             qPrintable(console.frame.statusBar()->currentMessage()));
    // Two months earlier, nothing is said.
    clock.clock().set(QDateTime(QDate(2027, 9, 1), QTime(9, 0), QTimeZone::utc()));
    m_window = std::make_unique<AdministrationWindow>(*m_database, m_alex);
    QVERIFY(!child<QLabel>(QStringLiteral("calendarWarning"))->isVisibleTo(m_window.get()));
}

QTEST_MAIN(TestAdministrationWindow)
#include "TestAdministrationWindow.moc"
