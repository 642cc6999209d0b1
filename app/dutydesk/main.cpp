#include "ui/MainWindow.h"
#include "ui/reports/SlaDashboardWidget.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/FirstRunDialog.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/KeychainPasswordProvider.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "dutydesk: %s\n", qPrintable(message));
}

// Without a display, --screenshot still works: render offscreen.
void chooseHeadlessPlatformForScreenshots(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        return;
    }
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--screenshot")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// --view first-run --screenshot: the dialog of the very first start, as it opens.
int screenshotFirstRun(const QString& path)
{
    dd::FirstRunDialog first([](const dd::DatabaseLocation&, const QString&) -> dd::Status { return dd::Done {}; });
    first.show();
    QApplication::processEvents();
    if (!first.grab().save(path, "PNG")) {
        fail(QStringLiteral("cannot write the screenshot to %1").arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    return 0;
}

// --view dashboard: Reports → SLA dashboard, `then` once its figures are in.
void openDashboardThen(dd::MainWindow& window, const QSize& size, const std::function<void()>& then)
{
    if (auto* action = window.findChild<QAction*>(QStringLiteral("slaDashboardAction"))) {
        action->trigger();
    }
    auto* dashboard = window.findChild<dd::SlaDashboardWidget*>(QStringLiteral("slaDashboard"));
    if (!dashboard) {
        then();
        return;
    }
    if (size.isValid()) {
        dashboard->resize(size);
    }
    QObject::connect(dashboard, &dd::SlaDashboardWidget::loaded, dashboard, then);
}

} // namespace

int main(int argc, char* argv[])
{
    chooseHeadlessPlatformForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dutydesk"));
    QApplication::setApplicationName(QStringLiteral("dutydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dutydesk"));
    QApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DUTYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dutydesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dutydesk — technical-support console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("SQLite file or postgresql://user@host:port/db."),
                                            QStringLiteral("PATH|URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language."),
                                        QStringLiteral("ru|en"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the main window as PNG once loaded, then exit."),
                                              QStringLiteral("FILE.png"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill an empty database with demo data (the default file is "
                                                       "filled on its first start anyway)."));
    const QCommandLineOption selectOption(QStringLiteral("select-ticket"),
                                          QStringLiteral("Select the ticket with this number once loaded."),
                                          QStringLiteral("NUMBER"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x720 (for screenshots)."), QStringLiteral("WxH"));
    const QCommandLineOption administrationOption(
        QStringLiteral("administration"),
        QStringLiteral(
            "Open the Administration window on this tab (0–5; 4 projects) once loaded; --screenshot then saves it."),
        QStringLiteral("TAB"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("With --screenshot: save this window instead of the main one (the docs' screenshots)."),
        QStringLiteral("dashboard|first-run"));
    const QCommandLineOption tabOption(QStringLiteral("ticket-tab"),
                                       QStringLiteral("With --select-ticket: open this tab of the ticket pane."),
                                       QStringLiteral("ticket|history|messages|worklog"));
    parser.addOptions({ databaseOption, langOption, screenshotOption, demoOption, selectOption, sizeOption,
                        administrationOption, tabOption, viewOption });
    if (!parser.parse(QApplication::arguments())) {
        fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("dutydesk %s\n", DUTYDESK_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(QStringLiteral("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    const QString language = parser.isSet(langOption)
        ? parser.value(langOption)
        : dd::ConsoleSettings::value(dd::ConsoleSettings::Key::Language).toString();
    if (!language.isEmpty() && !dd::isSupportedLanguage(language)) {
        fail(QStringLiteral("unsupported language “%1” (use ru or en)").arg(language));
        return 2;
    }
    dd::installTranslations(language);

    const QString view = parser.value(viewOption);
    if (!view.isEmpty() && view != QLatin1String("dashboard") && view != QLatin1String("first-run")) {
        fail(QStringLiteral("unknown view “%1” (dashboard or first-run)").arg(view));
        return 2;
    }
    if (view == QLatin1String("first-run") && parser.isSet(screenshotOption)) {
        return screenshotFirstRun(parser.value(screenshotOption));
    }

    // Passwords of a shared database come from the system keychain (docs/rules.md#shared-database).
    dd::KeychainPasswordProvider::install();
    dd::DatabaseLocation database = dd::DatabaseLocation::defaultLocation();
    const QString configured = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : dd::ConsoleSettings::value(dd::ConsoleSettings::Key::Database).toString();
    const bool isDefault = configured.isEmpty();
    if (!isDefault) {
        auto parsed = dd::DatabaseLocation::parse(configured);
        if (!parsed) {
            fail(parsed.error().toString());
            return 2;
        }
        database = *parsed;
    }

    const bool screenshot = parser.isSet(screenshotOption);
    bool fillDemo = parser.isSet(demoOption);
    if (isDefault && !QFileInfo::exists(database.sqlitePath)) {
        if (screenshot) {
            fillDemo = true; // nobody to ask: the demo, as before
        } else if (!fillDemo) {
            // The very first start: demo, the team's database, or an empty one?
            dd::FirstRunDialog first([](const dd::DatabaseLocation& location, const QString& password) -> dd::Status {
                dd::Database::Options options;
                options.password = password;
                auto opened = dd::SchemaCatalog::open(location, options);
                return opened ? dd::Status(dd::Done {}) : dd::Status(opened.error());
            });
            if (first.exec() != QDialog::Accepted) {
                return 0;
            }
            if (first.choice() == dd::FirstRunDialog::Choice::Shared) {
                database = first.location();
                dd::ConsoleSettings::setValue(dd::ConsoleSettings::Key::Database, database.displayName());
                if (!first.password().isEmpty()) {
                    if (auto saved = dd::KeychainPasswordProvider::save(database, first.password()); !saved) {
                        fail(saved.error().toString());
                    }
                }
            }
            fillDemo = first.choice() == dd::FirstRunDialog::Choice::Demo;
        }
    }
    // Only the default file's folder is ours to create: a typed path with a typo is refused
    // when the database opens, never a new empty database in a new folder.
    if (isDefault) {
        QDir().mkpath(QFileInfo(database.sqlitePath).absolutePath());
    }
    QSize windowSize;
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        windowSize = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (windowSize.width() < 640 || windowSize.height() < 400) {
            fail(QStringLiteral("--size wants WIDTHxHEIGHT of at least 640x400, e.g. 1280x720"));
            return 2;
        }
    }
    dd::MainWindow window(database);
    if (windowSize.isValid()) {
        window.resize(windowSize);
    }
    // The demo runs on SQLite (docs/rules.md#shared-database).
    window.setFillDemoData(!database.isPostgres() && fillDemo);
    window.setAskIdentity(!screenshot);
    const qint64 selectNumber = parser.value(selectOption).toLongLong();
    const QString tab = parser.value(tabOption);
    const QStringList tabs { QStringLiteral("ticket"), QStringLiteral("history"), QStringLiteral("messages"),
                             QStringLiteral("worklog") };
    if (!tab.isEmpty() && !tabs.contains(tab)) {
        fail(QStringLiteral("unknown tab “%1” (ticket, history, messages or worklog)").arg(tab));
        return 2;
    }
    if (selectNumber > 0) {
        QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, selectNumber, tab, tabs] {
            if (!window.selectTicket(selectNumber)) {
                fail(QStringLiteral("there is no ticket #%1").arg(selectNumber));
            }
            if (auto* pane = window.findChild<QTabWidget*>(QStringLiteral("ticketTabs")); pane && !tab.isEmpty()) {
                pane->setCurrentIndex(int(tabs.indexOf(tab)));
            }
        });
    }
    const bool administration = parser.isSet(administrationOption);
    if (administration) {
        const int tab = parser.value(administrationOption).toInt();
        QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, tab] {
            if (auto* action = window.findChild<QAction*>(QStringLiteral("administrationAction"))) {
                action->trigger();
            }
            if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("administrationTabs"))) {
                tabs->setCurrentIndex(tab);
            }
        });
    }
    const QString screenshotPath = parser.value(screenshotOption);
    if (!screenshotPath.isEmpty()) {
        // The window as it stands once the open tickets are in; after a failure, with the
        // failure shown (and a non-zero exit).
        const auto grab = [&window, screenshotPath](int exitCode) {
            // Let layouts settle before grabbing.
            QApplication::processEvents();
            QApplication::processEvents();
            QWidget* shown = window.findChild<QDialog*>(QStringLiteral("administrationWindow"));
            if (!shown) {
                shown = window.findChild<dd::SlaDashboardWidget*>(QStringLiteral("slaDashboard"));
            }
            const QPixmap pixmap = shown ? shown->grab() : window.grab();
            if (pixmap.isNull() || !pixmap.save(screenshotPath, "PNG")) {
                fail(QStringLiteral("cannot write the screenshot to %1").arg(QDir::toNativeSeparators(screenshotPath)));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(exitCode);
        };
        QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, grab, view, windowSize] {
            if (view == QLatin1String("dashboard")) {
                openDashboardThen(window, windowSize, [grab] { grab(0); });
            } else {
                grab(0);
            }
        });
        QObject::connect(&window, &dd::MainWindow::loadFailed, &window, [grab](const QString& message) {
            fail(message);
            grab(1);
        });
    }
    window.show();
    QTimer::singleShot(0, &window, &dd::MainWindow::loadData);
    return QApplication::exec();
}
