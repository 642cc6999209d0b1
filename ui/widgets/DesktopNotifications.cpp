#include "ui/widgets/DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace dd {

namespace {

// org.freedesktop.Notifications, Desktop Notifications Specification 1.2.
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");

} // namespace

DesktopNotifications::DesktopNotifications(QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent)
    , m_tray(tray)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifications::trayMessageClicked);
    }
}

DesktopNotifications::~DesktopNotifications() = default;

DesktopNotifications::Carrier DesktopNotifications::show(const Alert& alert)
{
    emit shown(alert);
    if (!m_desktopEnabled) {
        return Carrier::WindowOnly;
    }
    if (showThroughService(alert)) {
        return Carrier::Service;
    }
    return showInTray(alert) ? Carrier::Tray : Carrier::WindowOnly;
}

bool DesktopNotifications::showInTray(const Alert& alert)
{
    if (!m_tray || !QSystemTrayIcon::isSystemTrayAvailable() || !m_tray->isVisible()) {
        return false;
    }
    m_lastTrayTicket = alert.ticketId;
    m_tray->showMessage(alert.title, alert.text,
                        alert.urgency == Urgency::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                        15000);
    return true;
}

bool DesktopNotifications::showThroughService(const Alert& alert)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(service).value()) {
        return false;
    }
    if (!m_listening) {
        bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(serviceActionInvoked(uint, QString)));
        bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                    SLOT(serviceNotificationClosed(uint, uint)));
        m_listening = true;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(alert.urgency == Urgency::Critical ? 2 : 1)));
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("ru.echo_company.Dutydesk"));
    if (m_soundEnabled) {
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    } else {
        hints.insert(QStringLiteral("suppress-sound"), true);
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("Dutydesk") << uint(0) << QStringLiteral("ru.echo_company.Dutydesk") << alert.title
         << alert.text.toHtmlEscaped() // the body may carry markup; a subject is plain text
         << QStringList { defaultAction, tr("Open the ticket") } << hints
         << int(alert.urgency == Urgency::Critical ? 0 : 15000); // 0: a breach stays until seen
    // Asynchronous: a slow notification server never stalls the window.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, alert](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            showInTray(alert); // the service vanished or refused: the tray, if there is one
            return;
        }
        m_ticketOfNotification.insert(reply.value(), alert.ticketId);
        emit delivered(reply.value(), alert.ticketId);
    });
    return true;
}

void DesktopNotifications::serviceActionInvoked(uint notificationId, const QString& actionKey)
{
    const auto ticket = m_ticketOfNotification.constFind(notificationId);
    if (ticket != m_ticketOfNotification.cend() && actionKey == defaultAction) {
        emit activated(*ticket);
    }
}

void DesktopNotifications::serviceNotificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason);
    m_ticketOfNotification.remove(notificationId);
}

void DesktopNotifications::trayMessageClicked()
{
    if (m_lastTrayTicket != 0) {
        emit activated(m_lastTrayTicket);
    }
}

} // namespace dd
