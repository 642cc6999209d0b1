#include "core/sla/ClockHistoryJson.h"
#include "core/sla/TicketClocks.h"
#include "core/util/MoscowTime.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace dd;

namespace {

const SlaEngine& engine()
{
    static const SlaEngine instance(*ProductionCalendar::builtin());
    return instance;
}

QJsonArray vectors()
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/clock-vectors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
}

bool sameClocks(const std::vector<TicketClock>& a, const std::vector<TicketClock>& b)
{
    return clocksToJson(a) == clocksToJson(b);
}

} // namespace

// The rules of docs/rules.md#clocks as data: hand-computed histories (shared with the
// CLI test through tests/data/clock-vectors.json) and properties over random histories.
class TestClockRules : public QObject
{
    Q_OBJECT

private slots:
    void handVectors_data();
    void handVectors();
    void orderWithinOneSaveIsIrrelevant();
    void excludedClocksNeverBreach();
    void clientMessageAfterWaitingAlwaysRuns();
    void badHistoriesAreRefused_data();
    void badHistoriesAreRefused();
};

void TestClockRules::handVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray all = vectors();
    QVERIFY(all.size() >= 10);
    for (const auto& value : all) {
        const QJsonObject vector = value.toObject();
        QTest::newRow(vector.value(QLatin1String("name")).toString().toUtf8().constData()) << vector;
    }
}

void TestClockRules::handVectors()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject history { { QStringLiteral("events"), vector.value(QLatin1String("events")) } };
    const auto events = parseClockHistory(QJsonDocument(history).toJson());
    QVERIFY2(events.ok(), events.ok() ? "" : qPrintable(events.error().message));
    const qint64 now = parseInstant(vector.value(QLatin1String("now")).toString())->toSecsSinceEpoch();
    const auto clocks = computeTicketClocks(engine(), *events, vector.value(QLatin1String("tariff")).toString(), now);
    const QJsonArray expected = vector.value(QLatin1String("clocks")).toArray();
    QCOMPARE(qsizetype(clocks.size()), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        const QJsonObject got = clockToJson(clocks.at(size_t(i)));
        for (const char* field : { "kind", "level", "state", "deadline" }) {
            QVERIFY2(
                got.value(QLatin1String(field)) == want.value(QLatin1String(field)),
                qPrintable(QStringLiteral("clock %1 %2: got %3, want %4")
                               .arg(i)
                               .arg(QLatin1String(field),
                                    QString::fromUtf8(QJsonDocument(QJsonArray { got.value(QLatin1String(field)) })
                                                          .toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(QJsonDocument(QJsonArray { want.value(QLatin1String(field)) })
                                                          .toJson(QJsonDocument::Compact)))));
        }
        if (want.contains(QLatin1String("error"))) {
            QVERIFY(
                got.value(QLatin1String("error")).toString().contains(want.value(QLatin1String("error")).toString()));
        }
    }
}

namespace {

// A random but plausible history on working days of 2026: saves at increasing instants,
// some saves carrying several events of one instant (triage: level + registration).
std::vector<TicketEvent> randomHistory(QRandomGenerator& random)
{
    const qint64 start = parseInstant(QStringLiteral("2026-02-02T07:00"))->toSecsSinceEpoch()
        + qint64(random.bounded(200)) * 86400 + random.bounded(14 * 3600);
    std::vector<TicketEvent> events { { TicketEventType::Arrived, start, static_cast<SlaLevel>(random.bounded(3)) } };
    qint64 at = start;
    const int saves = 1 + random.bounded(8);
    for (int save = 0; save < saves; ++save) {
        at += 60 + random.bounded(3 * 86400);
        const int inSave = 1 + random.bounded(3);
        for (int k = 0; k < inSave; ++k) {
            const auto type = static_cast<TicketEventType>(1 + random.bounded(11));
            events.push_back({ type, at, static_cast<SlaLevel>(random.bounded(3)) });
        }
    }
    return events;
}

} // namespace

void TestClockRules::orderWithinOneSaveIsIrrelevant()
{
    QRandomGenerator random(20261202);
    for (int round = 0; round < 2000; ++round) {
        std::vector<TicketEvent> events = randomHistory(random);
        const qint64 now = events.back().at + random.bounded(5 * 86400);
        const auto expected = computeTicketClocks(engine(), events, QString(), now);
        // Shuffle the events of each instant: the clocks must not change.
        std::vector<TicketEvent> shuffled = events;
        for (size_t i = 1; i < shuffled.size();) {
            size_t j = i;
            while (j < shuffled.size() && shuffled[j].at == shuffled[i].at) {
                ++j;
            }
            for (size_t k = j - 1; k > i; --k) {
                std::swap(shuffled[k], shuffled[i + size_t(random.bounded(int(k - i + 1)))]);
            }
            i = j;
        }
        QVERIFY2(sameClocks(expected, computeTicketClocks(engine(), shuffled, QString(), now)),
                 qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestClockRules::excludedClocksNeverBreach()
{
    QRandomGenerator random(7);
    int excludedSeen = 0;
    for (int round = 0; round < 2000; ++round) {
        std::vector<TicketEvent> events = randomHistory(random);
        const qint64 ruledOut = events.back().at + 60;
        events.push_back({ random.bounded(2) ? TicketEventType::OutOfScope : TicketEventType::Development, ruledOut,
                           SlaLevel::Standard });
        const auto before = computeTicketClocks(engine(), events, QString(), ruledOut - 1);
        // Long after: every clock open at the exclusion is excluded, never breached.
        const auto after = computeTicketClocks(engine(), events, QString(), ruledOut + 60 * 86400);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < after.size(); ++i) {
            const bool wasOpen = !before[i].stopped;
            if (wasOpen) {
                QCOMPARE(after[i].state, ClockState::Excluded);
                ++excludedSeen;
            } else {
                QCOMPARE(after[i].state, before[i].state); // stopped earlier: unchanged
            }
        }
    }
    QVERIFY(excludedSeen > 100);
}

void TestClockRules::clientMessageAfterWaitingAlwaysRuns()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 2000; ++round) {
        const qint64 start = parseInstant(QStringLiteral("2026-03-02T09:00"))->toSecsSinceEpoch()
            + qint64(random.bounded(250)) * 86400;
        const auto level = static_cast<SlaLevel>(random.bounded(3));
        const qint64 registered = start + 60 + random.bounded(3600);
        const qint64 waiting = registered + 60 + random.bounded(86400);
        const qint64 message = waiting + 60 + random.bounded(10 * 86400);
        const std::vector<TicketEvent> events { { TicketEventType::Arrived, start, level },
                                                { TicketEventType::Registered, registered, level },
                                                { TicketEventType::WaitingStarted, waiting, level },
                                                { TicketEventType::ClientMessage, message, level } };
        const qint64 now = message + random.bounded(3 * 86400);
        const auto clocks = computeTicketClocks(engine(), events, QString(), now);
        const auto followUp = std::find_if(clocks.begin(), clocks.end(), [](const TicketClock& clock) {
            return clock.kind == ClockKind::FollowUpReaction;
        });
        QVERIFY(followUp != clocks.end());
        QVERIFY(!followUp->paused);
        QVERIFY(!followUp->stopped);
        QCOMPARE(followUp->started, message);
        QVERIFY(followUp->state == ClockState::Ok || followUp->state == ClockState::Warning
                || followUp->state == ClockState::Breached);
    }
}

void TestClockRules::badHistoriesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not JSON") << QByteArray("{events: [") << QStringLiteral("JSON");
    QTest::newRow("no events array") << QByteArray(R"({"history":[]})") << QStringLiteral("events");
    QTest::newRow("unknown type") << QByteArray(R"({"events":[{"type":"lunch","at":"2026-03-02T10:00"}]})")
                                  << QStringLiteral("lunch");
    QTest::newRow("missing at") << QByteArray(R"({"events":[{"type":"arrived"}]})") << QStringLiteral("at");
    QTest::newRow("malformed at") << QByteArray(R"({"events":[{"type":"arrived","at":"tomorrow"}]})")
                                  << QStringLiteral("tomorrow");
    QTest::newRow("unknown level") << QByteArray(
        R"({"events":[{"type":"arrived","at":"2026-03-02T10:00","level":"critical"}]})")
                                   << QStringLiteral("critical");
    QTest::newRow("level change without level")
        << QByteArray(R"({"events":[{"type":"level-changed","at":"2026-03-02T10:00"}]})") << QStringLiteral("level");
}

void TestClockRules::badHistoriesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const auto parsed = parseClockHistory(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestClockRules)
#include "TestClockRules.moc"
