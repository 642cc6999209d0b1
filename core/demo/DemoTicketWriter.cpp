#include "core/demo/DemoTicketWriter.h"

#include "core/demo/DemoCatalog.h"
#include "core/domain/TicketEventRecord.h"
#include "core/storage/Database.h"

namespace dd {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;
// Europe/Moscow has been UTC+3 all year round since 2014; demo arithmetic may rely on it.
constexpr qint64 moscowOffset = 3 * hour;

QString statusData(const char* from, const char* to, const QString& reason = {})
{
    if (reason.isEmpty()) {
        return QStringLiteral(R"({"from":"%1","to":"%2"})").arg(QLatin1String(from), QLatin1String(to));
    }
    return QStringLiteral(R"({"from":"%1","to":"%2","reason":"%3"})")
        .arg(QLatin1String(from), QLatin1String(to), reason);
}

const QString noData = QStringLiteral("{}");

} // namespace

DemoTicketWriter::DemoTicketWriter(const Database& database, DemoStaff staff, QList<DemoProjectRef> projects,
                                   quint32 seed)
    : m_database(database)
    , m_staff(std::move(staff))
    , m_projects(std::move(projects))
    , m_random(seed)
{ }

Status DemoTicketWriter::prepare()
{
    auto ticket = m_database.prepare(QStringLiteral(
        "INSERT INTO tickets (id, number, project_id, subject, description, steps_to_reproduce, page_url, channel, "
        "arrived_at, category, level, status, waiting_reason, assignee_id, escalated, rating, created_at, updated_at, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ticket) {
        return ticket.error();
    }
    auto event = m_database.prepare(
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, actor_id, actor, type, data, "
                       "ticket_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!event) {
        return event.error();
    }
    m_insertTicket = std::move(ticket).value();
    m_insertEvent = std::move(event).value();
    return Done {};
}

qint64 DemoTicketWriter::between(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_random);
}

bool DemoTicketWriter::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

qint64 DemoTicketWriter::nextOpen(qint64 at, int open, int close, bool weekdaysOnly)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 local = at + moscowOffset;
        const qint64 dayStart = local - local % day;
        const qint64 timeOfDay = local - dayStart;
        const int weekday = int((dayStart / day + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
        const bool workingDay = !weekdaysOnly || weekday < 5;
        if (workingDay && timeOfDay >= open * hour && timeOfDay < close * hour) {
            return at;
        }
        if (workingDay && timeOfDay < open * hour) {
            return dayStart + open * hour - moscowOffset;
        }
        at = dayStart + day + open * hour - moscowOffset;
    }
    return at;
}

DemoTicketWriter::Kind DemoTicketWriter::drawKind()
{
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    return roll < 0.09 ? Kind::Emergency
        : roll < 0.14  ? Kind::Urgent
        : roll < 0.17  ? Kind::OutOfScope
        : roll < 0.20  ? Kind::Development
                       : Kind::Standard;
}

QString DemoTicketWriter::drawChannel(Kind kind)
{
    static const QStringList urgentChannels { QStringLiteral("phone"), QStringLiteral("telegram"),
                                              QStringLiteral("email-urgent"), QStringLiteral("whatsapp") };
    static const QStringList usualChannels { QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("telegram"), QStringLiteral("whatsapp"),
                                             QStringLiteral("viber"),    QStringLiteral("phone") };
    return kind == Kind::Emergency || kind == Kind::Urgent ? pick(urgentChannels) : pick(usualChannels);
}

qint64 DemoTicketWriter::drawArrival(Kind kind, qint64 spanStart, qint64 now)
{
    // Most requests come in on weekday working hours; emergencies any time.
    qint64 arrived = between(spanStart, now - 10 * minute);
    if (kind != Kind::Emergency && chance(0.75)) {
        const qint64 local = arrived + moscowOffset;
        arrived = local - local % day - moscowOffset + between(8 * hour, 18 * hour);
        if (int((local / day + 3) % 7) >= 5 && chance(0.7)) {
            arrived -= 2 * day;
        }
        arrived = std::min(arrived, now - between(10 * minute, 2 * hour));
    }
    return arrived;
}

qint64 DemoTicketWriter::Life::workMoment(qint64 at) const
{
    return emergencySchedule ? nextOpen(at, 6, 20, false) : nextOpen(at, 8, 16, true);
}

void DemoTicketWriter::Life::by(qint64 at, QList<Step> steps)
{
    plan << Change { at, engineer.id, engineer.login, std::move(steps) };
}

void DemoTicketWriter::Life::byClient(qint64 at, QList<Step> steps)
{
    plan << Change { at, 0, QStringLiteral("intake"), std::move(steps) };
}

Status DemoTicketWriter::write(qint64 id, qint64 spanStart, qint64 now)
{
    const Kind kind = drawKind();
    const auto& subjects = kind == Kind::Emergency ? DemoCatalog::emergencySubjects()
        : kind == Kind::OutOfScope                 ? DemoCatalog::outOfScopeSubjects()
        : kind == Kind::Development                ? DemoCatalog::developmentSubjects()
                                                   : DemoCatalog::standardSubjects();
    const DemoCatalog::Subject& subject = subjects.at(size_t(between(0, qint64(subjects.size()) - 1)));
    const QString arrivalLevel = kind == Kind::Emergency ? QStringLiteral("emergency")
        : kind == Kind::Urgent                           ? QStringLiteral("urgent")
                                                         : QStringLiteral("standard");
    const QString channel = drawChannel(kind);
    const DemoProjectRef& project = pick(m_projects);
    const DemoPerson& engineer = pick(m_staff.engineers);
    const qint64 arrived = drawArrival(kind, spanStart, now);

    // The plan: one Change per saved ticket version.
    Life life { {}, engineer, arrivalLevel != QLatin1String("standard") };
    const bool takenByHand = channel != QLatin1String("email") && channel != QLatin1String("email-urgent");
    life.plan << Change {
        arrived,
        takenByHand ? project.accountManagerId : 0,
        takenByHand ? project.accountManagerLogin : QStringLiteral("intake"),
        { { ticket_event::arrived,
            QStringLiteral(R"({"channel":"%1","level":"%2","category":"%3","subject":"%4"})")
                .arg(channel, arrivalLevel, QLatin1String(subject.category), QString::fromUtf8(subject.text)) } }
    };
    planHandling(life, kind, arrived);
    return writePlan(id, life.plan, now, project,
                     { QString::fromUtf8(subject.text), QLatin1String(subject.category), channel, arrivalLevel });
}

QString DemoTicketWriter::assignedData(const DemoPerson& engineer)
{
    return QStringLiteral(R"({"from":null,"to":"%1","fromId":0,"toId":%2})").arg(engineer.login).arg(engineer.id);
}

void DemoTicketWriter::planHandling(Life& life, Kind kind, qint64 arrived)
{
    qint64 t = arrived;
    if (kind == Kind::OutOfScope) {
        t = life.workMoment(t) + between(20 * minute, 3 * hour);
        life.by(t,
                { { ticket_event::assigned, assignedData(life.engineer) },
                  { ticket_event::outOfScope, statusData("new", "out-of-scope") } });
        return;
    }
    // A few registrations come too late: the breaches the head of support sees.
    const bool late = chance(kind == Kind::Emergency ? 0.10 : 0.07);
    if (kind == Kind::Emergency) {
        t = life.workMoment(t) + (late ? between(70 * minute, 200 * minute) : between(3 * minute, 45 * minute));
    } else {
        t = life.workMoment(late ? t + between(2 * day, 4 * day) : life.workMoment(t) + between(10 * minute, 5 * hour));
    }
    QList<Step> registration { { ticket_event::registered, statusData("new", "registered") },
                               { ticket_event::assigned, assignedData(life.engineer) } };
    if (kind == Kind::Standard && chance(0.03)) {
        registration << Step { ticket_event::levelChanged, QStringLiteral(R"({"from":"standard","to":"urgent"})") };
    }
    life.by(t, registration);
    t += between(5 * minute, 90 * minute);
    life.by(t, { { ticket_event::reply, noData } });
    if (kind == Kind::Development) {
        t = life.workMoment(t + between(1 * day, 3 * day));
        life.by(t, { { ticket_event::development, statusData("registered", "development") } });
        return;
    }
    t = planWaits(life, t);
    planResolution(life, t);
}

qint64 DemoTicketWriter::planWaits(Life& life, qint64 t)
{
    const int rounds = chance(0.1) ? 2 : chance(0.35) ? 1 : 0;
    static const QStringList reasons { QStringLiteral("not-enough-information"),
                                       QStringLiteral("not-enough-information"),
                                       QStringLiteral("cannot-reproduce"),
                                       QStringLiteral("needs-diagnosis"),
                                       QStringLiteral("outside-support"),
                                       QStringLiteral("unconstructive"),
                                       QStringLiteral("third-party") };
    for (int round = 0; round < rounds; ++round) {
        t += between(1 * minute, 60 * minute);
        if (chance(0.4)) {
            // The client adds something and the engineer postpones before replying:
            // the follow-up reaction it owes stays paused while the ticket waits.
            life.byClient(t, { { ticket_event::clientMessage, noData } });
            t += between(5 * minute, 45 * minute);
        }
        const QString reason = pick(reasons);
        life.by(t, { { ticket_event::waitingStarted, statusData("registered", "waiting", reason), reason } });
        t += between(3 * hour, 4 * day);
        // The client's answer ends the wait (docs/rules.md#clocks), as the intake files it.
        life.byClient(t,
                      { { ticket_event::clientMessage, noData },
                        { ticket_event::waitingEnded, statusData("waiting", "registered", "client-answered") } });
        t = life.workMoment(t + between(20 * minute, 3 * hour));
        life.by(t, { { ticket_event::reply, noData } });
    }
    return t;
}

void DemoTicketWriter::planResolution(Life& life, qint64 t)
{
    if (chance(0.03)) {
        t += between(1 * hour, 1 * day);
        life.byClient(t, { { ticket_event::escalated, QStringLiteral(R"({"escalated":true})") } });
    }
    t = life.workMoment(t + between(1 * hour, 2 * day));
    life.by(t, { { ticket_event::resolved, statusData("registered", "resolved") } });
    if (chance(0.06)) {
        // Reopened by the client, handled once more.
        t += between(2 * hour, 2 * day);
        life.byClient(t, { { ticket_event::reopened, statusData("resolved", "reopened") } });
        t = life.workMoment(t + between(10 * minute, 3 * hour));
        life.by(t, { { ticket_event::registered, statusData("reopened", "registered") } });
        t += between(10 * minute, 2 * hour);
        life.by(t, { { ticket_event::reply, noData } });
        t = life.workMoment(t + between(1 * hour, 1 * day));
        life.by(t, { { ticket_event::resolved, statusData("registered", "resolved") } });
    }
    if (chance(0.4)) {
        t += between(1 * hour, 1 * day);
        const int rating = chance(0.7) ? 5 : int(between(2, 4));
        life.byClient(t,
                      { { ticket_event::rated, QStringLiteral(R"({"rating":%1})").arg(rating), QString(), rating } });
    }
    t += between(1 * day, 4 * day);
    life.by(t, { { ticket_event::closed, statusData("resolved", "closed") } });
}

DemoTicketWriter::RowState DemoTicketWriter::replay(const QList<Change>& plan, qint64 now, const QString& level)
{
    RowState row { QStringLiteral("new"), {}, level, 0, false, 0, 0 };
    for (const Change& change : plan) {
        if (change.at > now) {
            break;
        }
        ++row.applied;
        for (const Step& step : change.steps) {
            using namespace ticket_event;
            if (step.type == registered || step.type == waitingEnded) {
                row.status = QStringLiteral("registered");
            } else if (step.type == waitingStarted) {
                row.status = QStringLiteral("waiting");
            } else if (step.type == resolved || step.type == closed || step.type == reopened || step.type == outOfScope
                       || step.type == development) {
                row.status = step.type;
            } else if (step.type == assigned) {
                row.assignee = change.actorId;
            } else if (step.type == levelChanged) {
                row.level = QStringLiteral("urgent");
            } else if (step.type == escalated) {
                row.escalated = true;
            } else if (step.type == rated) {
                row.rating = step.rating;
            }
            row.reason = step.type == waitingStarted
                ? step.reason
                : (row.status == QLatin1String("waiting") ? row.reason : QString());
        }
    }
    return row;
}

Status DemoTicketWriter::writePlan(qint64 id, const QList<Change>& plan, qint64 now, const DemoProjectRef& project,
                                   const Subject& subject)
{
    // Replay the plan up to "now": the ticket row is where its history has got to.
    const RowState row = replay(plan, now, subject.level);
    const qint64 arrived = plan.first().at;
    const QVariantList ticketValues {
        id,
        id,
        project.id,
        subject.text,
        QStringLiteral("Добрый день! %1. Просим разобраться как можно скорее.").arg(subject.text),
        QStringLiteral(""),
        project.site + QStringLiteral("/catalog/"),
        subject.channel,
        arrived,
        subject.category,
        row.level,
        row.status,
        row.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.reason),
        row.assignee > 0 ? QVariant(row.assignee) : QVariant(QMetaType::fromType<qint64>()),
        row.escalated ? 1 : 0,
        row.rating > 0 ? QVariant(row.rating) : QVariant(QMetaType::fromType<int>()),
        arrived,
        plan.at(row.applied - 1).at,
        qint64(row.applied)
    };
    if (auto done = Database::exec(m_insertTicket, ticketValues); !done) {
        return done;
    }
    return writeEvents(id, plan, row.applied);
}

Status DemoTicketWriter::writeEvents(qint64 id, const QList<Change>& plan, int applied)
{
    const QVariant nullId(QMetaType::fromType<qint64>());
    for (int version = 0; version < applied; ++version) {
        const Change& change = plan.at(version);
        for (const Step& step : change.steps) {
            if (auto done
                = Database::exec(m_insertEvent,
                                 { id, change.at, change.at, change.actorId > 0 ? QVariant(change.actorId) : nullId,
                                   textOrEmpty(change.actor), step.type, step.data, qint64(version + 1) });
                !done) {
                return done;
            }
            ++m_eventsWritten;
        }
    }
    return Done {};
}

} // namespace dd
