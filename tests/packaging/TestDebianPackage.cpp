#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

// Builds the .deb from the already-built tree exactly as `./dev package` does (cpack -G
// DEB with the project's CPackConfig.cmake), unpacks it and checks what a user's
// machine would get: runnable binaries, computed Qt dependencies, and desktop
// integration files that the freedesktop and AppStream validators accept.
class TestDebianPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void dependsNamesQtLibraries();
    void filesAreRootOwnedWithModes_data();
    void filesAreRootOwnedWithModes();
    void binariesAreExecutables_data();
    void binariesAreExecutables();
    void unpackedBinariesRun_data();
    void unpackedBinariesRun();
    void desktopFileValidates();
    void desktopFileMatchesApplication();
    void metainfoValidates();
    void metainfoNamesThisRelease();
    void iconIsValidSvg();

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& arguments, int timeoutMs = 120000);
    QString unpacked(const QString& relativePath) const;
    QString controlField(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_work;
    QString m_deb;
    QString m_root;
    QString m_control;
    QString m_listing;
};

namespace {

const QString appId = QStringLiteral(DUTYDESK_APP_ID);
const QString version = QStringLiteral(DUTYDESK_VERSION);

// The keys of the [Desktop Entry] group (QSettings would split values at commas).
QHash<QString, QString> readDesktopEntry(const QString& path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entry;
    }
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
        } else if (inGroup && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#'))) {
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
    }
    return entry;
}

} // namespace

TestDebianPackage::Run TestDebianPackage::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    // The console builds its QApplication before it reads --version.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestDebianPackage::unpacked(const QString& relativePath) const
{
    return QDir(m_root).filePath(relativePath);
}

QString TestDebianPackage::controlField(const QString& name) const
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(m_control);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

void TestDebianPackage::initTestCase()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    const QString outDir = m_work->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outDir));

    const Run cpack = run(QStringLiteral(DUTYDESK_CPACK_COMMAND),
                          { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                            QStringLiteral(DUTYDESK_CPACK_CONFIG), QStringLiteral("-B"), outDir },
                          300000);
    QVERIFY2(cpack.finished && cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));

    const QStringList debs = QDir(outDir).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(outDir).filePath(debs.constFirst());
    const Run arch = run(QStringLiteral("dpkg"), { QStringLiteral("--print-architecture") });
    QCOMPARE(arch.exitCode, 0);
    QCOMPARE(debs.constFirst(), QStringLiteral("dutydesk_%1_%2.deb").arg(version, arch.out.trimmed()));

    m_root = m_work->filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));

    const Run control = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb });
    QVERIFY2(control.exitCode == 0, qPrintable(control.err));
    m_control = control.out;

    const Run listing = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb });
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.err));
    m_listing = listing.out;
}

void TestDebianPackage::controlFields()
{
    QCOMPARE(controlField(QStringLiteral("Package")), QStringLiteral("dutydesk"));
    QCOMPARE(controlField(QStringLiteral("Version")), version);
    QVERIFY(!controlField(QStringLiteral("Maintainer")).isEmpty());
    QVERIFY(!controlField(QStringLiteral("Section")).isEmpty());
    QVERIFY(!controlField(QStringLiteral("Description")).isEmpty());
    // The long description follows the summary as indented continuation lines.
    QVERIFY2(m_control.contains(QStringLiteral("\n Dutydesk is")), qPrintable(m_control));
}

void TestDebianPackage::dependsNamesQtLibraries()
{
    const QString depends = controlField(QStringLiteral("Depends"));
    // Computed by dpkg-shlibdeps from what the binaries link …
    for (const char* library : { "libqt6core6", "libqt6gui6", "libqt6widgets6", "libc6" }) {
        QVERIFY2(depends.contains(QLatin1String(library)), qPrintable(depends));
    }
    QVERIFY2(depends.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.[0-9.]+\\)"))),
             qPrintable(depends));
    // … plus the plugins Qt loads at run time, which shlibdeps cannot see.
    for (const char* plugin : { "libqt6sql6-sqlite", "libqt6sql6-psql", "libqt6svg6" }) {
        QVERIFY2(depends.contains(QLatin1String(plugin)), qPrintable(depends));
    }
}

void TestDebianPackage::filesAreRootOwnedWithModes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mode");
    QTest::newRow("console") << QStringLiteral("./usr/bin/dutydesk") << QStringLiteral("-rwxr-xr-x");
    QTest::newRow("command-line tool") << QStringLiteral("./usr/bin/dutydeskctl") << QStringLiteral("-rwxr-xr-x");
    QTest::newRow("intake daemon") << QStringLiteral("./usr/bin/dutydesk-intake") << QStringLiteral("-rwxr-xr-x");
    QTest::newRow("intake unit") << QStringLiteral("./usr/lib/systemd/system/dutydesk-intake.service")
                                 << QStringLiteral("-rw-r--r--");
    QTest::newRow("desktop file") << QStringLiteral("./usr/share/applications/%1.desktop").arg(appId)
                                  << QStringLiteral("-rw-r--r--");
    QTest::newRow("metainfo") << QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(appId)
                              << QStringLiteral("-rw-r--r--");
    QTest::newRow("icon") << QStringLiteral("./usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId)
                          << QStringLiteral("-rw-r--r--");
    QTest::newRow("copyright") << QStringLiteral("./usr/share/doc/dutydesk/copyright") << QStringLiteral("-rw-r--r--");
}

void TestDebianPackage::filesAreRootOwnedWithModes()
{
    QFETCH(QString, path);
    QFETCH(QString, mode);
    // dpkg-deb -c: "-rwxr-xr-x root/root  98832 2026-11-26 02:42 ./usr/bin/dutydesk"
    const QRegularExpression entry(QStringLiteral("^%1 root/root +[0-9]+ [0-9-]+ [0-9:]+ %2$")
                                       .arg(QRegularExpression::escape(mode), QRegularExpression::escape(path)),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(entry.match(m_listing).hasMatch(), qPrintable(m_listing));
}

void TestDebianPackage::binariesAreExecutables_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("dutydesk") << QStringLiteral("dutydesk");
    QTest::newRow("dutydeskctl") << QStringLiteral("dutydeskctl");
    QTest::newRow("dutydesk-intake") << QStringLiteral("dutydesk-intake");
}

void TestDebianPackage::binariesAreExecutables()
{
    QFETCH(QString, program);
    const QString path = unpacked(QStringLiteral("usr/bin/") + program);
    const QFileInfo info(path);
    QVERIFY2(info.isFile(), qPrintable(path));
    QVERIFY(info.isExecutable());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4),
             QByteArray("\x7f"
                        "ELF"));

    // Installed binaries must not look for libraries in the build tree.
    const Run dynamic = run(QStringLiteral("readelf"), { QStringLiteral("-d"), path });
    QCOMPARE(dynamic.exitCode, 0);
    QVERIFY(dynamic.out.contains(QStringLiteral("(NEEDED)")));
    QVERIFY(!dd::test::binaryDir().isEmpty() && !dd::test::sourceDir().isEmpty());
    QVERIFY2(!dynamic.out.contains(dd::test::binaryDir()), qPrintable(dynamic.out));
    QVERIFY2(!dynamic.out.contains(dd::test::sourceDir()), qPrintable(dynamic.out));
}

void TestDebianPackage::unpackedBinariesRun_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("dutydeskctl") << QStringLiteral("dutydeskctl");
    QTest::newRow("dutydesk") << QStringLiteral("dutydesk");
}

void TestDebianPackage::unpackedBinariesRun()
{
    QFETCH(QString, program);
    const Run result = run(unpacked(QStringLiteral("usr/bin/") + program), { QStringLiteral("--version") });
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("%1 %2").arg(program, version));
}

void TestDebianPackage::desktopFileValidates()
{
    const QString desktop = unpacked(QStringLiteral("usr/share/applications/%1.desktop").arg(appId));
    QVERIFY2(QFileInfo::exists(desktop), qPrintable(desktop));
    const Run result = run(QStringLiteral("desktop-file-validate"), { desktop });
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // Warnings and hints count as failures too: they are printed but exit 0.
    QVERIFY2(result.out.trimmed().isEmpty() && result.err.trimmed().isEmpty(), qPrintable(result.out + result.err));
}

void TestDebianPackage::desktopFileMatchesApplication()
{
    const QHash<QString, QString> desktop
        = readDesktopEntry(unpacked(QStringLiteral("usr/share/applications/%1.desktop").arg(appId)));
    QVERIFY(!desktop.isEmpty());
    // Exec must name a binary the package ships; Icon the id the icon is installed as.
    const QString exec = desktop.value(QStringLiteral("Exec"));
    QVERIFY(!exec.isEmpty());
    QVERIFY2(QFileInfo(unpacked(QStringLiteral("usr/bin/") + exec.section(QLatin1Char(' '), 0, 0))).isExecutable(),
             qPrintable(exec));
    QCOMPARE(desktop.value(QStringLiteral("Icon")), appId);
    // X11 window managers match windows by WM_CLASS, which Qt takes from the application name.
    QCOMPARE(desktop.value(QStringLiteral("StartupWMClass")), QStringLiteral("dutydesk"));
    for (const char* key : { "Name[ru]", "GenericName[ru]", "Comment[ru]", "Keywords[ru]" }) {
        QVERIFY2(!desktop.value(QLatin1String(key)).isEmpty(), key);
    }
}

void TestDebianPackage::metainfoValidates()
{
    const QString metainfo = unpacked(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId));
    QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo));
    const Run single
        = run(QStringLiteral("appstreamcli"),
              { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"), metainfo });
    QVERIFY2(single.finished && single.exitCode == 0, qPrintable(single.out + single.err));
    // Warnings do not change the exit code; they are "W:" lines.
    const QRegularExpression issue(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(single.out).hasMatch(), qPrintable(single.out));

    // The whole tree: the launchable desktop file and the icon must be where the
    // metainfo says, inside the package.
    const Run tree
        = run(QStringLiteral("appstreamcli"),
              { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--no-color"), m_root });
    QVERIFY2(tree.finished && tree.exitCode == 0, qPrintable(tree.out + tree.err));
    QVERIFY2(!issue.match(tree.out).hasMatch(), qPrintable(tree.out));
}

void TestDebianPackage::metainfoNamesThisRelease()
{
    QFile file(unpacked(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString newestRelease;
    QStringList binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (name == QLatin1String("launchable")) {
            launchable = xml.readElementText();
        } else if (name == QLatin1String("binary")) {
            binaries << xml.readElementText();
        } else if (name == QLatin1String("release") && newestRelease.isEmpty()) {
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    // Releases are listed newest first: the first one is the packaged version.
    QCOMPARE(newestRelease, version);
    QCOMPARE(
        binaries,
        QStringList({ QStringLiteral("dutydesk"), QStringLiteral("dutydeskctl"), QStringLiteral("dutydesk-intake") }));
    for (const QString& binary : binaries) {
        QVERIFY(QFileInfo(unpacked(QStringLiteral("usr/bin/") + binary)).isExecutable());
    }
}

void TestDebianPackage::iconIsValidSvg()
{
    const QString icon = unpacked(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId));
    QFile file(icon);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(icon));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));

    QSvgRenderer renderer(icon);
    QVERIFY(renderer.isValid());
    // Square, so panels and launchers do not squash it.
    const QRectF box = renderer.viewBoxF();
    QVERIFY(!box.isEmpty());
    QCOMPARE(box.width(), box.height());
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
