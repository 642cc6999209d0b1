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
#include <optional>

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

// The console's command line; descriptions are for people launching it by hand.
struct ConsoleOptions
{
    QCommandLineOption database { QStringLiteral("database"),
                                  QStringLiteral("SQLite file or postgresql://user@host:port/db."),
                                  QStringLiteral("PATH|URL") };
    QCommandLineOption lang { QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("ru|en") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QStringLiteral("Save the main window as PNG once loaded, then exit."),
                                    QStringLiteral("FILE.png") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              QStringLiteral("Fill an empty database with demo data (the default file is "
                                             "filled on its first start anyway).") };
    QCommandLineOption select { QStringLiteral("select-ticket"),
                                QStringLiteral("Select the ticket with this number once loaded."),
                                QStringLiteral("NUMBER") };
    QCommandLineOption size { QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x720 (for screenshots)."),
                              QStringLiteral("WxH") };
    QCommandLineOption administration {
        QStringLiteral("administration"),
        QStringLiteral(
            "Open the Administration window on this tab (0–5; 4 projects) once loaded; --screenshot then saves it."),
        QStringLiteral("TAB")
    };
    QCommandLineOption view {
        QStringLiteral("view"),
        QStringLiteral("With --screenshot: save this window instead of the main one (the docs' screenshots)."),
        QStringLiteral("dashboard|first-run")
    };
    QCommandLineOption tab { QStringLiteral("ticket-tab"),
                             QStringLiteral("With --select-ticket: open this tab of the ticket pane."),
                             QStringLiteral("ticket|history|messages|worklog") };

    QList<QCommandLineOption> all() const
    {
        return { database, lang, screenshot, demo, select, size, administration, tab, view };
    }
};

const QStringList ticketTabs { QStringLiteral("ticket"), QStringLiteral("history"), QStringLiteral("messages"),
                               QStringLiteral("worklog") };

// Parses the command line; an exit code when the program is done (help, version, a wrong argument).
std::optional<int> parseCommandLine(QCommandLineParser& parser, const ConsoleOptions& options)
{
    parser.setApplicationDescription(QStringLiteral("Dutydesk — technical-support console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options.all());
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
    const QString view = parser.value(options.view);
    if (!view.isEmpty() && view != QLatin1String("dashboard") && view != QLatin1String("first-run")) {
        fail(QStringLiteral("unknown view “%1” (dashboard or first-run)").arg(view));
        return 2;
    }
    const QString tab = parser.value(options.tab);
    if (!tab.isEmpty() && !ticketTabs.contains(tab)) {
        fail(QStringLiteral("unknown tab “%1” (ticket, history, messages or worklog)").arg(tab));
        return 2;
    }
    return std::nullopt;
}

// --lang, else the console's setting; an exit code for a language we do not ship.
std::optional<int> installLanguage(const QCommandLineParser& parser, const ConsoleOptions& options)
{
    const QString language = parser.isSet(options.lang)
        ? parser.value(options.lang)
        : dd::ConsoleSettings::value(dd::ConsoleSettings::Key::Language).toString();
    if (!language.isEmpty() && !dd::isSupportedLanguage(language)) {
        fail(QStringLiteral("unsupported language “%1” (use ru or en)").arg(language));
        return 2;
    }
    dd::installTranslations(language);
    return std::nullopt;
}

// --size WxH; an invalid size when not given, nullopt when given wrong.
std::optional<QSize> windowSize(const QCommandLineParser& parser, const ConsoleOptions& options)
{
    if (!parser.isSet(options.size)) {
        return QSize();
    }
    const QStringList parts = parser.value(options.size).split(QLatin1Char('x'));
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    if (size.width() < 640 || size.height() < 400) {
        fail(QStringLiteral("--size wants WIDTHxHEIGHT of at least 640x400, e.g. 1280x720"));
        return std::nullopt;
    }
    return size;
}

// Which database the console opens and whether it gets demo data.
struct DatabaseChoice
{
    dd::DatabaseLocation location = dd::DatabaseLocation::defaultLocation();
    bool isDefault = true;
    bool fillDemo = false;
};

// The very first start: demo, the team's database, or an empty one? False when the user closed it.
bool askFirstRun(DatabaseChoice& choice)
{
    dd::FirstRunDialog first([](const dd::DatabaseLocation& location, const QString& password) -> dd::Status {
        dd::Database::Options options;
        options.password = password;
        auto opened = dd::SchemaCatalog::open(location, options);
        return opened ? dd::Status(dd::Done {}) : dd::Status(opened.error());
    });
    if (first.exec() != QDialog::Accepted) {
        return false;
    }
    if (first.choice() == dd::FirstRunDialog::Choice::Shared) {
        choice.location = first.location();
        dd::ConsoleSettings::setValue(dd::ConsoleSettings::Key::Database, choice.location.displayName());
        if (!first.password().isEmpty()) {
            if (auto saved = dd::KeychainPasswordProvider::save(choice.location, first.password()); !saved) {
                fail(saved.error().toString());
            }
        }
    }
    choice.fillDemo = first.choice() == dd::FirstRunDialog::Choice::Demo;
    return true;
}

// --database, else the console's setting, else the default file (asking on its first start).
// An exit code when there is nothing to open.
std::optional<int> chooseDatabase(const QCommandLineParser& parser, const ConsoleOptions& options,
                                  DatabaseChoice& choice)
{
    const QString configured = parser.isSet(options.database)
        ? parser.value(options.database)
        : dd::ConsoleSettings::value(dd::ConsoleSettings::Key::Database).toString();
    choice.isDefault = configured.isEmpty();
    if (!choice.isDefault) {
        auto parsed = dd::DatabaseLocation::parse(configured);
        if (!parsed) {
            fail(parsed.error().toString());
            return 2;
        }
        choice.location = *parsed;
    }
    choice.fillDemo = parser.isSet(options.demo);
    if (choice.isDefault && !QFileInfo::exists(choice.location.sqlitePath)) {
        if (parser.isSet(options.screenshot)) {
            choice.fillDemo = true; // nobody to ask: the demo, as before
        } else if (!choice.fillDemo && !askFirstRun(choice)) {
            return 0;
        }
    }
    // Only the default file's folder is ours to create: a typed path with a typo is refused
    // when the database opens, never a new empty database in a new folder.
    if (choice.isDefault) {
        QDir().mkpath(QFileInfo(choice.location.sqlitePath).absolutePath());
    }
    return std::nullopt;
}

// --select-ticket and --ticket-tab, once the queue is in.
void selectTicketOnLoad(dd::MainWindow& window, qint64 number, const QString& tab)
{
    QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, number, tab] {
        if (!window.selectTicket(number)) {
            fail(QStringLiteral("there is no ticket #%1").arg(number));
        }
        if (auto* pane = window.findChild<QTabWidget*>(QStringLiteral("ticketTabs")); pane && !tab.isEmpty()) {
            pane->setCurrentIndex(int(ticketTabs.indexOf(tab)));
        }
    });
}

// --administration TAB, once the queue is in.
void openAdministrationOnLoad(dd::MainWindow& window, int tab)
{
    QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, tab] {
        if (auto* action = window.findChild<QAction*>(QStringLiteral("administrationAction"))) {
            action->trigger();
        }
        if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("administrationTabs"))) {
            tabs->setCurrentIndex(tab);
        }
    });
}

// --screenshot: the window as it stands once the open tickets are in; after a failure, with
// the failure shown (and a non-zero exit).
void screenshotOnLoad(dd::MainWindow& window, const QString& path, const QString& view, const QSize& size)
{
    const auto grab = [&window, path](int exitCode) {
        // Let layouts settle before grabbing.
        QApplication::processEvents();
        QApplication::processEvents();
        QWidget* shown = window.findChild<QDialog*>(QStringLiteral("administrationWindow"));
        if (!shown) {
            shown = window.findChild<dd::SlaDashboardWidget*>(QStringLiteral("slaDashboard"));
        }
        const QPixmap pixmap = shown ? shown->grab() : window.grab();
        if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
            fail(QStringLiteral("cannot write the screenshot to %1").arg(QDir::toNativeSeparators(path)));
            QApplication::exit(1);
            return;
        }
        QApplication::exit(exitCode);
    };
    QObject::connect(&window, &dd::MainWindow::dataLoaded, &window, [&window, grab, view, size] {
        if (view == QLatin1String("dashboard")) {
            openDashboardThen(window, size, [grab] { grab(0); });
        } else {
            grab(0);
        }
    });
    QObject::connect(&window, &dd::MainWindow::loadFailed, &window, [grab](const QString& message) {
        fail(message);
        grab(1);
    });
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
    const ConsoleOptions options;
    if (auto done = parseCommandLine(parser, options)) {
        return *done;
    }
    if (auto done = installLanguage(parser, options)) {
        return *done;
    }
    const QString view = parser.value(options.view);
    const QString screenshotPath = parser.value(options.screenshot);
    if (view == QLatin1String("first-run") && parser.isSet(options.screenshot)) {
        return screenshotFirstRun(screenshotPath);
    }
    // Passwords of a shared database come from the system keychain (docs/rules.md#shared-database).
    dd::KeychainPasswordProvider::install();
    DatabaseChoice database;
    if (auto done = chooseDatabase(parser, options, database)) {
        return *done;
    }
    const auto size = windowSize(parser, options);
    if (!size) {
        return 2;
    }
    dd::MainWindow window(database.location);
    if (size->isValid()) {
        window.resize(*size);
    }
    // The demo runs on SQLite (docs/rules.md#shared-database).
    window.setFillDemoData(!database.location.isPostgres() && database.fillDemo);
    window.setAskIdentity(!parser.isSet(options.screenshot));
    if (const qint64 number = parser.value(options.select).toLongLong(); number > 0) {
        selectTicketOnLoad(window, number, parser.value(options.tab));
    }
    if (parser.isSet(options.administration)) {
        openAdministrationOnLoad(window, parser.value(options.administration).toInt());
    }
    if (!screenshotPath.isEmpty()) {
        screenshotOnLoad(window, screenshotPath, view, *size);
    }
    window.show();
    QTimer::singleShot(0, &window, &dd::MainWindow::loadData);
    return QApplication::exec();
}
