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

Status DemoTicketWriter::write(qint64 id, qint64 spanStart, qint64 now)
{
    enum class Kind { Emergency, Urgent, Standard, OutOfScope, Development };
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const Kind kind = roll < 0.09 ? Kind::Emergency
        : roll < 0.14             ? Kind::Urgent
        : roll < 0.17             ? Kind::OutOfScope
        : roll < 0.20             ? Kind::Development
                                  : Kind::Standard;
    const auto& subjects = kind == Kind::Emergency ? DemoCatalog::emergencySubjects()
        : kind == Kind::OutOfScope                 ? DemoCatalog::outOfScopeSubjects()
        : kind == Kind::Development                ? DemoCatalog::developmentSubjects()
                                                   : DemoCatalog::standardSubjects();
    const DemoCatalog::Subject& subject = subjects.at(size_t(between(0, qint64(subjects.size()) - 1)));
    const QString arrivalLevel = kind == Kind::Emergency ? QStringLiteral("emergency")
        : kind == Kind::Urgent                           ? QStringLiteral("urgent")
                                                         : QStringLiteral("standard");
    static const QStringList urgentChannels { QStringLiteral("phone"), QStringLiteral("telegram"),
                                              QStringLiteral("email-urgent"), QStringLiteral("whatsapp") };
    static const QStringList usualChannels { QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("email"),    QStringLiteral("email"),
                                             QStringLiteral("telegram"), QStringLiteral("whatsapp"),
                                             QStringLiteral("viber"),    QStringLiteral("phone") };
    const QString channel
        = kind == Kind::Emergency || kind == Kind::Urgent ? pick(urgentChannels) : pick(usualChannels);
    const DemoProjectRef& project = pick(m_projects);
    const DemoPerson& engineer = pick(m_staff.engineers);

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
    const bool onEmergencySchedule = arrivalLevel != QLatin1String("standard");
    auto workMoment
        = [&](qint64 at) { return onEmergencySchedule ? nextOpen(at, 6, 20, false) : nextOpen(at, 8, 16, true); };

    // The plan: one Change per saved ticket version.
    QList<Change> plan;
    const bool takenByHand = channel != QLatin1String("email") && channel != QLatin1String("email-urgent");
    const qint64 takerId = takenByHand ? project.accountManagerId : 0;
    const QString taker = takenByHand ? project.accountManagerLogin : QStringLiteral("intake");
    plan << Change {
        arrived,
        takerId,
        taker,
        { { ticket_event::arrived,
            QStringLiteral(R"({"channel":"%1","level":"%2","category":"%3","subject":"%4"})")
                .arg(channel, arrivalLevel, QLatin1String(subject.category), QString::fromUtf8(subject.text)) } }
    };
    auto by = [&](qint64 at, QList<Step> steps) {
        plan << Change { at, engineer.id, engineer.login, std::move(steps) };
    };
    auto byClient = [&](qint64 at, QList<Step> steps) {
        plan << Change { at, 0, QStringLiteral("intake"), std::move(steps) };
    };
    const QString assignedData
        = QStringLiteral(R"({"from":null,"to":"%1","fromId":0,"toId":%2})").arg(engineer.login).arg(engineer.id);

    qint64 t = arrived;
    if (kind == Kind::OutOfScope) {
        t = workMoment(t) + between(20 * minute, 3 * hour);
        by(t,
           { { ticket_event::assigned, assignedData },
             { ticket_event::outOfScope, statusData("new", "out-of-scope") } });
    } else {
        // A few registrations come too late: the breaches the head of support sees.
        const bool late = chance(kind == Kind::Emergency ? 0.10 : 0.07);
        if (kind == Kind::Emergency) {
            t = workMoment(t) + (late ? between(70 * minute, 200 * minute) : between(3 * minute, 45 * minute));
        } else {
            t = workMoment(late ? t + between(2 * day, 4 * day) : workMoment(t) + between(10 * minute, 5 * hour));
        }
        QList<Step> registration { { ticket_event::registered, statusData("new", "registered") },
                                   { ticket_event::assigned, assignedData } };
        if (kind == Kind::Standard && chance(0.03)) {
            registration << Step { ticket_event::levelChanged, QStringLiteral(R"({"from":"standard","to":"urgent"})") };
        }
        by(t, registration);
        t += between(5 * minute, 90 * minute);
        by(t, { { ticket_event::reply, noData } });
        if (kind == Kind::Development) {
            t = workMoment(t + between(1 * day, 3 * day));
            by(t, { { ticket_event::development, statusData("registered", "development") } });
        } else {
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
                    byClient(t, { { ticket_event::clientMessage, noData } });
                    t += between(5 * minute, 45 * minute);
                }
                const QString reason = pick(reasons);
                by(t, { { ticket_event::waitingStarted, statusData("registered", "waiting", reason), reason } });
                t += between(3 * hour, 4 * day);
                // The client's answer ends the wait (docs/rules.md#clocks), as the intake files it.
                byClient(t,
                         { { ticket_event::clientMessage, noData },
                           { ticket_event::waitingEnded, statusData("waiting", "registered", "client-answered") } });
                t = workMoment(t + between(20 * minute, 3 * hour));
                by(t, { { ticket_event::reply, noData } });
            }
            if (chance(0.03)) {
                t += between(1 * hour, 1 * day);
                byClient(t, { { ticket_event::escalated, QStringLiteral(R"({"escalated":true})") } });
            }
            t = workMoment(t + between(1 * hour, 2 * day));
            by(t, { { ticket_event::resolved, statusData("registered", "resolved") } });
            if (chance(0.06)) {
                t += between(2 * hour, 2 * day);
                byClient(t, { { ticket_event::reopened, statusData("resolved", "reopened") } });
                t = workMoment(t + between(10 * minute, 3 * hour));
                by(t, { { ticket_event::registered, statusData("reopened", "registered") } });
                t += between(10 * minute, 2 * hour);
                by(t, { { ticket_event::reply, noData } });
                t = workMoment(t + between(1 * hour, 1 * day));
                by(t, { { ticket_event::resolved, statusData("registered", "resolved") } });
            }
            if (chance(0.4)) {
                t += between(1 * hour, 1 * day);
                const int rating = chance(0.7) ? 5 : int(between(2, 4));
                byClient(
                    t, { { ticket_event::rated, QStringLiteral(R"({"rating":%1})").arg(rating), QString(), rating } });
            }
            t += between(1 * day, 4 * day);
            by(t, { { ticket_event::closed, statusData("resolved", "closed") } });
        }
    }
    return writePlan(id, plan, now, project,
                     { QString::fromUtf8(subject.text), QLatin1String(subject.category), channel, arrivalLevel });
}

Status DemoTicketWriter::writePlan(qint64 id, const QList<Change>& plan, qint64 now, const DemoProjectRef& project,
                                   const Subject& subject)
{
    // Replay the plan up to "now": the ticket row is where its history has got to.
    QString status = QStringLiteral("new");
    QString reason;
    QString level = subject.level;
    qint64 assignee = 0;
    bool isEscalated = false;
    int ratingValue = 0;
    int applied = 0;
    for (const Change& change : plan) {
        if (change.at > now) {
            break;
        }
        ++applied;
        for (const Step& step : change.steps) {
            using namespace ticket_event;
            if (step.type == registered || step.type == waitingEnded) {
                status = QStringLiteral("registered");
            } else if (step.type == waitingStarted) {
                status = QStringLiteral("waiting");
            } else if (step.type == resolved || step.type == closed || step.type == reopened || step.type == outOfScope
                       || step.type == development) {
                status = step.type;
            } else if (step.type == assigned) {
                assignee = change.actorId;
            } else if (step.type == levelChanged) {
                level = QStringLiteral("urgent");
            } else if (step.type == escalated) {
                isEscalated = true;
            } else if (step.type == rated) {
                ratingValue = step.rating;
            }
            reason
                = step.type == waitingStarted ? step.reason : (status == QLatin1String("waiting") ? reason : QString());
        }
    }
    const qint64 arrived = plan.first().at;
    const QVariant nullId(QMetaType::fromType<qint64>());
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
        level,
        status,
        reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason),
        assignee > 0 ? QVariant(assignee) : nullId,
        isEscalated ? 1 : 0,
        ratingValue > 0 ? QVariant(ratingValue) : QVariant(QMetaType::fromType<int>()),
        arrived,
        plan.at(applied - 1).at,
        qint64(applied)
    };
    if (auto done = Database::exec(m_insertTicket, ticketValues); !done) {
        return done;
    }
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
