#include "core/regression/IcsExport.h"

#include <QTest>

#include <libical/ical.h>

using namespace dd;

// The export is parsed back with libical itself, the library calendar programs on
// Debian use, so "valid iCalendar" means what a subscriber's program will read.
class TestIcsExport : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughLibical();
    void uidsAreStableAcrossStates();
    void escapesAndFoldsLongText();
    void leavesOutPausedProjectsAndOptionallyHistory();

private:
    static QList<ScheduleEntry> sample();
};

namespace {

struct Parsed
{
    QString uid;
    QDate start;
    QDate end;
    QString summary;
    QString description;
    QString state;
    QString project;
    icalproperty_status status = ICAL_STATUS_NONE;
};

QDate toDate(icaltimetype time)
{
    return QDate(time.year, time.month, time.day);
}

QString xProperty(icalcomponent* event, const char* name)
{
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0) {
            return QString::fromUtf8(icalproperty_get_x(p));
        }
    }
    return {};
}

// Parses with libical; fails the test on anything libical reports as an error.
QList<Parsed> parse(const QByteArray& ics, QString* prodid = nullptr, QString* calendarName = nullptr)
{
    QList<Parsed> events;
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar) {
        qWarning("libical could not parse the export");
        return events;
    }
    if (prodid) {
        *prodid = QString::fromUtf8(
            icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY)
                ? icalproperty_get_prodid(icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY))
                : "");
    }
    if (calendarName) {
        *calendarName = xProperty(calendar, "X-WR-CALNAME");
    }
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_count_errors(event) > 0) {
            qWarning("libical found errors in an event");
            icalcomponent_free(calendar);
            return {};
        }
        Parsed parsed;
        parsed.uid = QString::fromUtf8(icalcomponent_get_uid(event));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        if (!start.is_date) {
            qWarning("DTSTART is not an all-day date");
            icalcomponent_free(calendar);
            return {};
        }
        parsed.start = toDate(start);
        parsed.end = toDate(icalcomponent_get_dtend(event));
        parsed.summary = QString::fromUtf8(icalcomponent_get_summary(event));
        parsed.description = QString::fromUtf8(icalcomponent_get_description(event));
        parsed.status = icalcomponent_get_status(event);
        parsed.state = xProperty(event, "X-DUTYDESK-STATE");
        parsed.project = xProperty(event, "X-DUTYDESK-PROJECT");
        events.append(parsed);
    }
    icalcomponent_free(calendar);
    return events;
}

ScheduleEntry entry(ScheduleState state, qint64 projectId, const QDate& date, const QDate& due)
{
    ScheduleEntry e;
    e.state = state;
    e.projectId = projectId;
    e.projectCode = QStringLiteral("shop%1").arg(projectId);
    e.projectName = QStringLiteral("Shop %1").arg(projectId);
    e.clientName = QStringLiteral("Client %1").arg(projectId);
    e.testerId = 7;
    e.testerLogin = QStringLiteral("olga");
    e.testerName = QStringLiteral("Olga Testova");
    e.date = date;
    e.dueDate = due;
    return e;
}

IcsExport::Options options()
{
    IcsExport::Options o;
    o.calendarName = QStringLiteral("Dutydesk testing — olga");
    o.stampUtc = QDateTime(QDate(2026, 3, 3), QTime(7, 0), Qt::UTC);
    return o;
}

} // namespace

QList<ScheduleEntry> TestIcsExport::sample()
{
    ScheduleEntry done = entry(ScheduleState::Done, 1, QDate(2026, 1, 12), QDate(2026, 1, 10));
    done.runId = 4;
    done.counts = RunCounts { 12, 2, 0, 0 };
    return {
        entry(ScheduleState::Overdue, 2, QDate(2026, 2, 27), QDate(2026, 2, 27)),
        entry(ScheduleState::Due, 1, QDate(2026, 3, 12), QDate(2026, 3, 12)),
        entry(ScheduleState::Planned, 3, QDate(2026, 4, 30), QDate(2026, 4, 30)),
        done,
    };
}

void TestIcsExport::roundTripsThroughLibical()
{
    const QByteArray ics = IcsExport::write(sample(), options());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QString prodid;
    QString calendarName;
    const QList<Parsed> events = parse(ics, &prodid, &calendarName);
    QCOMPARE(events.size(), 4);
    QVERIFY(prodid.contains(QStringLiteral("Dutydesk")));
    QCOMPARE(calendarName, QStringLiteral("Dutydesk testing — olga"));

    const Parsed& overdue = events.at(0);
    QCOMPARE(overdue.start, QDate(2026, 2, 27));
    QCOMPARE(overdue.end, QDate(2026, 2, 28)); // all-day: DTEND is the next day
    QCOMPARE(overdue.state, QStringLiteral("overdue"));
    QCOMPARE(overdue.project, QStringLiteral("shop2"));
    QCOMPARE(overdue.summary, QStringLiteral("Regression test: Shop 2 (overdue)"));
    QVERIFY(overdue.description.contains(QStringLiteral("Tester: Olga Testova")));
    QVERIFY(overdue.description.contains(QStringLiteral("Due: 2026-02-27")));
    QCOMPARE(overdue.status, ICAL_STATUS_CONFIRMED);

    QCOMPARE(events.at(2).status, ICAL_STATUS_TENTATIVE); // planned, may still move
    QCOMPARE(events.at(3).state, QStringLiteral("done"));
    QCOMPARE(events.at(3).start, QDate(2026, 1, 12));
    QVERIFY(events.at(3).description.contains(QStringLiteral("Run 4: 12 pass, 2 fail")));
}

void TestIcsExport::uidsAreStableAcrossStates()
{
    ScheduleEntry planned = entry(ScheduleState::Planned, 5, QDate(2026, 5, 4), QDate(2026, 5, 4));
    ScheduleEntry started = entry(ScheduleState::InProgress, 5, QDate(2026, 5, 5), QDate(2026, 5, 4));
    started.runId = 17;
    ScheduleEntry finished = started;
    finished.state = ScheduleState::Done;
    QCOMPARE(IcsExport::uidFor(planned), IcsExport::uidFor(started));
    QCOMPARE(IcsExport::uidFor(planned), IcsExport::uidFor(finished));
    ScheduleEntry next = entry(ScheduleState::Planned, 5, QDate(2026, 7, 5), QDate(2026, 7, 5));
    QVERIFY(IcsExport::uidFor(next) != IcsExport::uidFor(planned));
    ScheduleEntry other = entry(ScheduleState::Planned, 6, QDate(2026, 5, 4), QDate(2026, 5, 4));
    QVERIFY(IcsExport::uidFor(other) != IcsExport::uidFor(planned));

    // Two exports a day apart name the same events the same way.
    IcsExport::Options later = options();
    later.stampUtc = later.stampUtc.addDays(1);
    const auto first = parse(IcsExport::write(sample(), options()));
    const auto second = parse(IcsExport::write(sample(), later));
    QCOMPARE(first.size(), second.size());
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).uid, second.at(i).uid);
    }
}

void TestIcsExport::escapesAndFoldsLongText()
{
    ScheduleEntry tricky = entry(ScheduleState::Due, 8, QDate(2026, 3, 12), QDate(2026, 3, 12));
    tricky.projectName = QStringLiteral("Рыболов; снасти, катушки\\и «всё для рыбалки» — интернет-магазин с очень "
                                        "длинным названием, которое не помещается в одну строку iCalendar");
    const QByteArray ics = IcsExport::write({ tricky }, options());
    for (const QByteArray& line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
    }
    const auto events = parse(ics);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().summary, QStringLiteral("Regression test: %1 (due)").arg(tricky.projectName));
}

void TestIcsExport::leavesOutPausedProjectsAndOptionallyHistory()
{
    QList<ScheduleEntry> entries = sample();
    entries.append(entry(ScheduleState::Paused, 9, QDate(), QDate()));
    QCOMPARE(parse(IcsExport::write(entries, options())).size(), 4);
    IcsExport::Options noHistory = options();
    noHistory.includeDone = false;
    const auto events = parse(IcsExport::write(entries, noHistory));
    QCOMPARE(events.size(), 3);
    for (const Parsed& event : events) {
        QVERIFY(event.state != QStringLiteral("done"));
        QVERIFY(event.state != QStringLiteral("paused"));
    }
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "TestIcsExport.moc"
