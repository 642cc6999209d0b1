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
    Status writePlan(qint64 id, const QList<Change>& plan, qint64 now, const DemoProjectRef& project,
                     const Subject& subject);
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
