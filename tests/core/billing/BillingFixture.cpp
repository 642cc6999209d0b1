#include "tests/core/billing/BillingFixture.h"

#include "core/billing/WorkLogRepository.h"
#include "core/domain/TicketEventRecord.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "core/util/MoscowTime.h"

#include <QJsonObject>

namespace dd::test {

namespace {

struct Builder
{
    const Database& db;
    QString* error;

    bool check(const Error& e);
    qint64 user(const QString& login, const QString& name, Role role);
    qint64 client(const QString& name, const QString& email);
    qint64 project(qint64 clientId, const QString& code, const QString& name, qint64 programmer);
    qint64 ticket(qint64 projectId, const QString& subject, const QString& level, Channel channel, const char* arrived);
    void event(qint64 ticketId, const QString& type, const char* when, const QJsonObject& data, const Actor& actor);
    void status(qint64 ticketId, const char* when, const QString& type, const QString& from, const QString& to,
                const Actor& actor, const QString& reason = {});
    // The status column, as the repository's own updates would have left it.
    void setColumns(qint64 ticketId, const QString& status, const QString& reason = {}, bool escalated = false);
    void work(qint64 ticketId, qint64 userId, const char* from, const char* to, const QString& note);
};

bool Builder::check(const Error& e)
{
    *error = e.toString();
    return false;
}

qint64 Builder::user(const QString& login, const QString& name, Role role)
{
    User user;
    user.login = login;
    user.fullName = name;
    user.roles = { role };
    auto added = UserRepository(db).add(user);
    return added ? added->id : (check(added.error()), 0);
}

qint64 Builder::client(const QString& name, const QString& email)
{
    Client client;
    client.name = name;
    client.officialEmail = email;
    auto added = ClientRepository(db).add(client);
    return added ? added->id : (check(added.error()), 0);
}

qint64 Builder::project(qint64 clientId, const QString& code, const QString& name, qint64 programmer)
{
    Project project;
    project.clientId = clientId;
    project.code = code;
    project.name = name;
    project.tariff = QStringLiteral("standard");
    project.programmerId = programmer;
    project.siteUrls = { QStringLiteral("https://%1.example").arg(code) };
    // Regression runs fall due on 10 October (every two months from the start).
    project.startDate = QDate(2026, 8, 10);
    auto added = ProjectRepository(db).add(project);
    return added ? added->id : (check(added.error()), 0);
}

qint64 Builder::ticket(qint64 projectId, const QString& subject, const QString& level, Channel channel,
                       const char* arrived)
{
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = subject;
    draft.level = level;
    draft.channel = channel;
    // Every text field filled: an empty QString may bind as NULL.
    draft.description = subject;
    draft.stepsToReproduce = QStringLiteral("—");
    draft.pageUrl = QStringLiteral("https://romashka.example/");
    draft.category = level == QLatin1String("emergency") ? QStringLiteral("site-down") : QStringLiteral("bug-fixing");
    draft.arrived = QDateTime::fromSecsSinceEpoch(BillingFixture::at(arrived), QTimeZone::utc());
    auto added = TicketRepository(db).add(draft, Actor { 0, QStringLiteral("intake"), QString() });
    return added ? added->id : (check(added.error()), 0);
}

void Builder::event(qint64 ticketId, const QString& type, const char* when, const QJsonObject& data, const Actor& actor)
{
    if (!error->isEmpty()) {
        return;
    }
    auto recorded = TicketRepository(db).recordEvent(
        ticketId, type, QDateTime::fromSecsSinceEpoch(BillingFixture::at(when), QTimeZone::utc()), data, actor);
    if (!recorded) {
        check(recorded.error());
    }
}

void Builder::status(qint64 ticketId, const char* when, const QString& type, const QString& from, const QString& to,
                     const Actor& actor, const QString& reason)
{
    QJsonObject data { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
    if (!reason.isEmpty()) {
        data.insert(QStringLiteral("reason"), reason);
    }
    event(ticketId, type, when, data, actor);
}

void Builder::setColumns(qint64 ticketId, const QString& status, const QString& reason, bool escalated)
{
    if (!error->isEmpty()) {
        return;
    }
    auto done = db.run(QStringLiteral("UPDATE tickets SET status = ?, waiting_reason = ?, escalated = ? WHERE id = ?"),
                       { status, reason.isEmpty() ? QVariant() : QVariant(reason), escalated ? 1 : 0, ticketId });
    if (!done) {
        check(done.error());
    }
}

void Builder::work(qint64 ticketId, qint64 userId, const char* from, const char* to, const QString& note)
{
    if (!error->isEmpty()) {
        return;
    }
    WorkLogEntry entry;
    entry.ticketId = ticketId;
    entry.userId = userId;
    entry.started = QDateTime::fromSecsSinceEpoch(BillingFixture::at(from), QTimeZone::utc());
    entry.finished = QDateTime::fromSecsSinceEpoch(BillingFixture::at(to), QTimeZone::utc());
    entry.note = note;
    if (auto added = WorkLogRepository(db).add(entry); !added) {
        check(added.error());
    }
}

// Six tickets: five for Ромашка's shop, one for Сидоров's site (see the header).
void addTickets(Builder& b, BillingFixture& f, qint64 shop, qint64 site)
{
    f.ticketA = b.ticket(shop, QStringLiteral("Не работает корзина, нет кнопки «Купить»"), QStringLiteral("standard"),
                         Channel::Email, "2026-10-05T10:00");
    f.ticketB = b.ticket(shop, QStringLiteral("Срочно: обновить цены до понедельника"), QStringLiteral("urgent"),
                         Channel::Telegram, "2026-10-09T15:00"); // before its work (docs/rules.md#work-log)
    f.ticketC = b.ticket(shop, QStringLiteral("Сайт недоступен"), QStringLiteral("emergency"), Channel::Phone,
                         "2026-10-14T21:30");
    f.ticketD = b.ticket(shop, QStringLiteral("Поправить шаблон письма"), QStringLiteral("standard"), Channel::Email,
                         "2026-09-30T15:00");
    f.ticketE = b.ticket(shop, QStringLiteral("Не печатает принтер в офисе"), QStringLiteral("standard"),
                         Channel::Whatsapp, "2026-10-20T10:00");
    f.ticketF = b.ticket(site, QStringLiteral("Ошибка в форме обратной связи"), QStringLiteral("standard"),
                         Channel::Email, "2026-10-21T10:00");
}

// Back-dated history events and the status columns they leave.
void recordHistory(Builder& b, const BillingFixture& f)
{
    const Actor petrov { f.programmerId, QStringLiteral("petrov"), QStringLiteral("Пётр Петров") };
    const Actor ivanova { f.engineerId, QStringLiteral("ivanova"), QStringLiteral("Анна Иванова") };
    const Actor head { f.headId, QStringLiteral("head"), QStringLiteral("Ирина Head") };
    const Actor client { 0, QStringLiteral("office@romashka.example"), QString() };
    using namespace ticket_event;
    const QString sNew = QStringLiteral("new"), sReg = QStringLiteral("registered"), sWait = QStringLiteral("waiting"),
                  sRes = QStringLiteral("resolved");

    b.status(f.ticketA, "2026-10-05T11:00", registered, sNew, sReg, ivanova);
    b.event(f.ticketA, clientMessage, "2026-10-05T13:00", {}, client);
    b.event(f.ticketA, reply, "2026-10-05T15:30", {}, ivanova);
    b.event(f.ticketA, escalated, "2026-10-06T09:00", { { QStringLiteral("escalated"), true } }, head);
    b.event(f.ticketA, escalated, "2026-10-06T11:00", { { QStringLiteral("escalated"), false } }, head);
    b.status(f.ticketA, "2026-10-06T12:00", resolved, sReg, sRes, ivanova);
    b.event(f.ticketA, rated, "2026-10-06T14:00",
            { { QStringLiteral("rating"), 5 }, { QStringLiteral("source"), QStringLiteral("reply") } }, ivanova);
    b.setColumns(f.ticketA, sRes);

    b.status(f.ticketB, "2026-10-10T12:00", registered, sNew, sReg, petrov);
    b.status(f.ticketB, "2026-10-10T14:00", waitingStarted, sReg, sWait, petrov,
             QStringLiteral("not-enough-information"));
    b.status(f.ticketB, "2026-10-27T10:00", waitingEnded, sWait, sReg, petrov);
    b.status(f.ticketB, "2026-10-28T12:00", resolved, sReg, sRes, petrov);
    b.event(f.ticketB, rated, "2026-10-28T15:00", { { QStringLiteral("rating"), 3 } }, petrov);
    b.setColumns(f.ticketB, sRes);

    b.status(f.ticketC, "2026-10-15T06:30", registered, sNew, sReg, ivanova);
    b.event(f.ticketC, escalated, "2026-10-16T10:00", { { QStringLiteral("escalated"), true } }, head);
    b.setColumns(f.ticketC, sReg, {}, true);

    b.status(f.ticketD, "2026-10-01T09:00", registered, sNew, sReg, ivanova);
    b.status(f.ticketD, "2026-10-07T10:00", resolved, sReg, sRes, ivanova);
    b.event(f.ticketD, rated, "2026-10-08T10:00", { { QStringLiteral("rating"), 4 } }, ivanova);
    b.setColumns(f.ticketD, sRes);

    b.status(f.ticketE, "2026-10-26T10:00", outOfScope, sNew, QStringLiteral("out-of-scope"), ivanova);
    b.setColumns(f.ticketE, QStringLiteral("out-of-scope"));

    b.status(f.ticketF, "2026-10-22T10:00", registered, sNew, sReg, petrov);
    b.status(f.ticketF, "2026-10-22T12:00", resolved, sReg, sRes, petrov);
    b.event(f.ticketF, rated, "2026-10-23T09:00", { { QStringLiteral("rating"), 2 } }, petrov);
    b.setColumns(f.ticketF, sRes);
}

void logWork(Builder& b, const BillingFixture& f)
{
    b.work(f.ticketA, f.programmerId, "2026-10-05T12:00", "2026-10-05T14:00",
           QStringLiteral("Починил кнопку «Купить»"));
    b.work(f.ticketB, f.programmerId, "2026-10-09T15:00", "2026-10-09T18:00",
           QStringLiteral("Импорт цен, часть 1\nпроверка, \"выгрузка\""));
    b.work(f.ticketB, f.programmerId, "2026-10-10T10:00", "2026-10-10T12:00", QStringLiteral("Импорт цен, часть 2"));
    b.work(f.ticketD, f.programmerId, "2026-09-30T23:00", "2026-10-01T01:00", QStringLiteral("Шаблон письма"));
    b.work(f.ticketD, f.engineerId, "2026-10-01T08:00", "2026-10-01T09:30", QStringLiteral("Проверка шаблона"));
    b.work(f.ticketF, f.programmerId, "2026-10-22T09:00", "2026-10-22T10:00", QStringLiteral("Форма"));
}

} // namespace

QString BillingFixture::clientName()
{
    return QStringLiteral("ООО „Ромашка“, филиал \"Север\"");
}

qint64 BillingFixture::at(const char* moscow)
{
    const auto parsed = parseInstant(QString::fromLatin1(moscow));
    return parsed ? parsed->toSecsSinceEpoch() : 0;
}

BillingFixture::BillingFixture(const QString& path, QString* error)
{
    error->clear();
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    if (!opened) {
        *error = opened.error().toString();
        return;
    }
    db = std::move(opened).value();
    Builder b { *db, error };
    programmerId = b.user(QStringLiteral("petrov"), QStringLiteral("Пётр Петров"), Role::Programmer);
    engineerId = b.user(QStringLiteral("ivanova"), QStringLiteral("Анна Иванова"), Role::Engineer);
    headId = b.user(QStringLiteral("head"), QStringLiteral("Ирина Head"), Role::HeadOfSupport);
    if (!error->isEmpty()) {
        return;
    }
    if (auto rate = db->run(QStringLiteral("UPDATE tariffs SET hourly_rate_kopecks = ? WHERE code = 'standard'"),
                            { qint64(200000) });
        !rate) {
        *error = rate.error().toString();
        return;
    }
    clientId = b.client(clientName(), QStringLiteral("office@romashka.example"));
    otherClientId = b.client(QStringLiteral("ИП Сидоров"), QStringLiteral("sidorov@example.org"));
    const qint64 shop = b.project(clientId, QStringLiteral("romashka"), QStringLiteral("Ромашка shop"), programmerId);
    const qint64 site
        = b.project(otherClientId, QStringLiteral("sidorov"), QStringLiteral("Сидоров сайт"), programmerId);
    if (!error->isEmpty()) {
        return;
    }
    addTickets(b, *this, shop, site);
    if (!error->isEmpty()) {
        return;
    }
    recordHistory(b, *this);
    logWork(b, *this);
}

} // namespace dd::test
