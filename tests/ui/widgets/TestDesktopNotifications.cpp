#include "ui/widgets/DesktopNotifications.h"
#include "ui/widgets/NotificationBanner.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dd;

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

// A notification server as GNOME Shell is one, on its own connection to the private
// session bus the test runs in (dbus-run-session): it records what it was asked to show.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = -1;
    };

    FakeNotificationServer()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications")))
    { }
    ~FakeNotificationServer() override
    {
        stop();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
    }

    bool start()
    {
        return m_bus.isConnected() && m_bus.registerObject(objectPath, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(serviceName);
    }
    void stop()
    {
        m_bus.unregisterService(serviceName);
        m_bus.unregisterObject(objectPath);
    }
    // The engineer clicks the notification.
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(objectPath, serviceName, QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        m_bus.send(signal);
    }

    QList<Shown> shown;

public slots:
    // NOLINTNEXTLINE(readability-identifier-naming): org.freedesktop.Notifications names the method
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(appIcon);
        shown.append({ summary, body, actions, hints, timeout });
        return uint(41 + shown.size());
    }
    // NOLINTNEXTLINE(readability-identifier-naming): org.freedesktop.Notifications names the method
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }

private:
    QDBusConnection m_bus;
};

} // namespace

// Alerts that arrive (issue: tray balloons vanish on stock GNOME): through the freedesktop
// notification service on D-Bus, with the in-window banner always.
class TestDesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notifiesThroughTheService();
    void clickingOpensTheTicket();
    void withoutAServiceOnlyTheWindowShows();
    void bannerKeepsSubjectsPlain();
};

void TestDesktopNotifications::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
}

void TestDesktopNotifications::notifiesThroughTheService()
{
    FakeNotificationServer server;
    QVERIFY(server.start());
    DesktopNotifications alerts(nullptr);
    QSignalSpy shownInWindow(&alerts, &DesktopNotifications::shown);
    const DesktopNotifications::Alert breach { 7, QStringLiteral("#12 breached its SLA"),
                                               QStringLiteral("Ромашка — \"Корзина\" & <b>оплата</b>"),
                                               DesktopNotifications::Urgency::Critical };
    QCOMPARE(alerts.show(breach), DesktopNotifications::Carrier::Service);
    QCOMPARE(shownInWindow.count(), 1);
    QTRY_COMPARE(server.shown.size(), 1);
    const auto& first = server.shown.first();
    QCOMPARE(first.summary, QStringLiteral("#12 breached its SLA"));
    // The body may be markup to the server: a subject's own characters are escaped.
    QCOMPARE(first.body, QStringLiteral("Ромашка — &quot;Корзина&quot; &amp; &lt;b&gt;оплата&lt;/b&gt;"));
    QVERIFY(first.actions.contains(QStringLiteral("default")));
    QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(first.timeout, 0); // a breach stays until seen
    QVERIFY(first.hints.value(QStringLiteral("suppress-sound")).toBool());

    alerts.setSoundEnabled(true);
    alerts.show({ 8, QStringLiteral("#13 is close to breaching its SLA"), QStringLiteral("…"),
                  DesktopNotifications::Urgency::Normal });
    QTRY_COMPARE(server.shown.size(), 2);
    QCOMPARE(server.shown.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
    QCOMPARE(server.shown.at(1).hints.value(QStringLiteral("sound-name")).toString(),
             QStringLiteral("message-new-instant"));
    QVERIFY(server.shown.at(1).timeout > 0);

    alerts.setDesktopEnabled(false);
    QCOMPARE(alerts.show(breach), DesktopNotifications::Carrier::WindowOnly);
    QTest::qWait(200);
    QCOMPARE(server.shown.size(), 2);
    QCOMPARE(shownInWindow.count(), 3); // the banner still hears of it
}

void TestDesktopNotifications::clickingOpensTheTicket()
{
    FakeNotificationServer server;
    QVERIFY(server.start());
    DesktopNotifications alerts(nullptr);
    QSignalSpy delivered(&alerts, &DesktopNotifications::delivered);
    QSignalSpy activated(&alerts, &DesktopNotifications::activated);
    alerts.show({ 55, QStringLiteral("New emergency ticket #30"), QStringLiteral("Сайт не открывается"),
                  DesktopNotifications::Urgency::Critical });
    QTRY_COMPARE(delivered.count(), 1);
    const uint id = delivered.first().at(0).toUInt();
    server.click(id + 100); // someone else's notification
    server.click(id);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), qint64(55));
}

void TestDesktopNotifications::withoutAServiceOnlyTheWindowShows()
{
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName).value());
    DesktopNotifications alerts(nullptr);
    QSignalSpy shownInWindow(&alerts, &DesktopNotifications::shown);
    QCOMPARE(alerts.show({ 1, QStringLiteral("t"), QStringLiteral("x"), DesktopNotifications::Urgency::Normal }),
             DesktopNotifications::Carrier::WindowOnly);
    QCOMPARE(shownInWindow.count(), 1);
}

void TestDesktopNotifications::bannerKeepsSubjectsPlain()
{
    NotificationBanner banner;
    banner.resize(600, 80);
    QSignalSpy open(&banner, &NotificationBanner::openRequested);
    banner.showAlert({ 9, QStringLiteral("#14 breached its SLA"), QStringLiteral("<b>Корзина</b> & \"оплата\""),
                       DesktopNotifications::Urgency::Critical });
    QVERIFY(banner.isVisible());
    auto* text = banner.findChild<QLabel*>(QStringLiteral("bannerText"));
    QVERIFY(text);
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QCOMPARE(text->text(), QStringLiteral("<b>Корзина</b> & \"оплата\""));
    banner.showAlert(
        { 10, QStringLiteral("#15 breached its SLA"), QStringLiteral("…"), DesktopNotifications::Urgency::Critical });
    QCOMPARE(banner.waiting(), 1);
    QVERIFY(banner.title().startsWith(QStringLiteral("#15 breached its SLA")));
    QTest::mouseClick(banner.findChild<QPushButton*>(QStringLiteral("bannerOpenButton")), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), qint64(10));
    QVERIFY(!banner.isVisible());
}

QTEST_MAIN(TestDesktopNotifications)
#include "TestDesktopNotifications.moc"
