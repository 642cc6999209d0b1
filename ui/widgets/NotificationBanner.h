#pragma once

#include "ui/widgets/DesktopNotifications.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace dd {

// The in-window alert: whatever the desktop does with notifications, the newest alert
// shows above the queue until the engineer opens it or closes the banner.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget* parent = nullptr);

    void showAlert(const DesktopNotifications::Alert& alert);
    qint64 ticketId() const { return m_ticketId; }
    QString title() const;
    int waiting() const { return m_waiting; }

signals:
    void openRequested(qint64 ticketId);

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_open;
    qint64 m_ticketId = 0;
    int m_waiting = 0; // alerts that arrived while the banner was showing
};

} // namespace dd
