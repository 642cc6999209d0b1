#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace dd {

// Alerts that reach the engineer whatever the desktop (docs/rules.md#warnings): the
// freedesktop notification service over D-Bus (GNOME, KDE, XFCE all run one), the tray
// balloon where no service answers, and always the in-window banner (activated() is
// the one way back, whichever carried the alert).
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    enum class Urgency { Normal, Critical };
    enum class Carrier { Service, Tray, WindowOnly };

    struct Alert
    {
        qint64 ticketId = 0;
        QString title;
        QString text;
        Urgency urgency = Urgency::Normal;
    };

    explicit DesktopNotifications(QSystemTrayIcon* tray, QObject* parent = nullptr);
    ~DesktopNotifications() override;

    // Desktop alerts on/off and their sound (desktop settings); the banner always shows.
    void setDesktopEnabled(bool enabled) { m_desktopEnabled = enabled; }
    void setSoundEnabled(bool enabled) { m_soundEnabled = enabled; }

    // Shows the alert; returns what carries it outside the window (the service answers
    // later: should it refuse, the tray takes over).
    Carrier show(const Alert& alert);

signals:
    // Every alert, for the window's banner.
    void shown(const dd::DesktopNotifications::Alert& alert);
    // The engineer clicked an alert (desktop notification, tray balloon or banner).
    void activated(qint64 ticketId);
    // The notification service took an alert under this id.
    void delivered(uint notificationId, qint64 ticketId);

private slots:
    void serviceActionInvoked(uint notificationId, const QString& actionKey);
    void serviceNotificationClosed(uint notificationId, uint reason);
    void trayMessageClicked();

private:
    bool showThroughService(const Alert& alert);
    bool showInTray(const Alert& alert);

    QSystemTrayIcon* m_tray;
    bool m_desktopEnabled = true;
    bool m_soundEnabled = false;
    bool m_listening = false;
    QHash<uint, qint64> m_ticketOfNotification;
    qint64 m_lastTrayTicket = 0;
};

} // namespace dd
