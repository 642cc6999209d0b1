#pragma once

#include <QLabel>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

namespace dd {

// The status-bar clock: Moscow time always (the service windows are Moscow's, docs/rules.md#time),
// and the desktop's local time beside it when the zones differ (the agency sits in Omsk).
// Reads dd::Clock, so it shows the database server's time once connected.
class StatusClockWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusClockWidget(QWidget* parent = nullptr);

    // The desktop's zone; tests set another one to check the local label.
    void setLocalZone(const QTimeZone& zone);

public slots:
    void refresh();

private:
    void scheduleNextTick();

    QLabel* m_moscowLabel;
    QLabel* m_localLabel;
    QTimer m_timer;
    QTimeZone m_localZone;
};

} // namespace dd
