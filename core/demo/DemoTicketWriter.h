#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <random>

namespace dd {

class Database;

struct DemoPerson
{
    qint64 id = 0;
    QString login;
};

struct DemoStaff
{
    QList<DemoPerson> engineers;
    QList<DemoPerson> accountManagers;
    QList<DemoPerson> programmers;
    QList<DemoPerson> testers;
};

struct DemoProjectRef
{
    qint64 id = 0;
    QString site;
    qint64 accountManagerId = 0;
    QString accountManagerLogin;
};

// Writes demo tickets with their histories through two prepared statements reused for
// every row (100,000 tickets into SQLite in a few seconds). Each ticket's life is
// planned forward from its arrival — registration, replies, waiting for the client,
// resolution, closing, now and then a breach, a reopening or an escalation — and cut
// at the server's "now", so the recent tickets are the open ones.
class DemoTicketWriter
{
public:
    DemoTicketWriter(const Database& database, DemoStaff staff, QList<DemoProjectRef> projects, quint32 seed);

    Status prepare();
    // Writes ticket `id` (also its number), arriving in [spanStart, now).
    Status write(qint64 id, qint64 spanStart, qint64 now);
    qint64 eventsWritten() const { return m_eventsWritten; }

private:
    struct Step
    {
        Step(QString type, QString data, QString reason = {}, int rating = 0)
            : type(std::move(type))
            , data(std::move(data))
            , reason(std::move(reason))
            , rating(rating)
        { }
        QString type;
        QString data;
        QString reason; // waiting-started
        int rating = 0; // rated
    };
    struct Change
    {
        qint64 at = 0;
        qint64 actorId = 0; // 0 = the intake
        QString actor;
        QList<Step> steps;
    };

    struct Subject
    {
        QString text;
        QString category;
        QString channel;
        QString level; // at arrival
    };
    enum class Kind { Emergency, Urgent, Standard, OutOfScope, Development };
    // A ticket's life as it is planned: one Change per saved version, by its engineer or
    // by the client (filed by the intake).
    struct Life
    {
        QList<Change> plan;
        DemoPerson engineer;
        bool emergencySchedule = false; // urgent and emergency tickets: 6–20 every day
        // The first moment of the ticket's working hours at or after `at`.
        qint64 workMoment(qint64 at) const;
        void by(qint64 at, QList<Step> steps);
        void byClient(qint64 at, QList<Step> steps);
    };

    Kind drawKind();
    QString drawChannel(Kind kind);
    qint64 drawArrival(Kind kind, qint64 spanStart, qint64 now);
    static QString assignedData(const DemoPerson& engineer);
    // From the arrival on: registration and the first reply, then an exclusion or the
    // waits and the resolution.
    void planHandling(Life& life, Kind kind, qint64 arrived);
    // Up to two rounds of waiting for the client; returns the time of the last reply.
    qint64 planWaits(Life& life, qint64 t);
    // An escalation now and then, the resolution, a reopening now and then, a rating, the closing.
    void planResolution(Life& life, qint64 t);
    // Where the ticket row stands after the plan's changes up to now.
    struct RowState
    {
        QString status;
        QString reason; // while waiting
        QString level;
        qint64 assignee = 0;
        bool escalated = false;
        int rating = 0;
        int applied = 0; // changes made by now: the row's version
    };
    static RowState replay(const QList<Change>& plan, qint64 now, const QString& level);
    Status writePlan(qint64 id, const QList<Change>& plan, qint64 now, const DemoProjectRef& project,
                     const Subject& subject);
    Status writeEvents(qint64 id, const QList<Change>& plan, int applied);
    qint64 between(qint64 low, qint64 high);
    bool chance(double probability);
    template<typename T> const T& pick(const QList<T>& list) { return list.at(int(between(0, list.size() - 1))); }
    // The first moment at or after `at` inside hours [open, close) Moscow time,
    // on weekdays only when `weekdaysOnly`.
    static qint64 nextOpen(qint64 at, int open, int close, bool weekdaysOnly);

    const Database& m_database;
    DemoStaff m_staff;
    QList<DemoProjectRef> m_projects;
    std::mt19937 m_random;
    QSqlQuery m_insertTicket;
    QSqlQuery m_insertEvent;
    qint64 m_eventsWritten = 0;
};

} // namespace dd
