#include "core/intake/IntakeRules.h"

#include <QHash>
#include <QTest>

using namespace dd;

namespace {

class FakeLookup : public IntakeLookup
{
public:
    QHash<qint64, TicketRef> byNumber;
    QHash<QString, TicketRef> byMessageId;

    std::optional<TicketRef> ticketByNumber(qint64 number) const override
    {
        return byNumber.contains(number) ? std::optional(byNumber.value(number)) : std::nullopt;
    }
    std::optional<TicketRef> ticketByMessageId(const QString& id) const override
    {
        return byMessageId.contains(id) ? std::optional(byMessageId.value(id)) : std::nullopt;
    }
};

const QList<SenderDirectoryEntry> directory = {
    { 1, { QStringLiteral("info@romashka.ru"), QStringLiteral("Anna.Petrova@romashka.ru") } },
    { 2, { QStringLiteral("office@rybolov.ru"), QStringLiteral("freelancer@mail.ru") } },
    { 3, { QStringLiteral("shop@vasilek.ru"), QStringLiteral("freelancer@mail.ru") } },
};

MailMessage mailFrom(const QString& address, const QString& subject = QStringLiteral("Не работает корзина"))
{
    MailMessage mail;
    mail.from.address = address;
    mail.subject = subject;
    mail.messageId = QStringLiteral("m1@romashka.ru");
    return mail;
}

} // namespace

Q_DECLARE_METATYPE(dd::MailMessage)

class TestIntakeRules : public QObject
{
    Q_OBJECT

private slots:
    void detectsUrgentSubjects_data();
    void detectsUrgentSubjects();
    void readsTicketNumbers_data();
    void readsTicketNumbers();
    void tagRoundTrips();
    void matchesTrustedSenders_data();
    void matchesTrustedSenders();
    void decides_data();
    void decides();
};

void TestIntakeRules::detectsUrgentSubjects_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("urgent");

    QTest::newRow("upper case") << QStringLiteral("СРОЧНО не работает оплата") << true;
    QTest::newRow("lower case") << QStringLiteral("срочно: упал сайт") << true;
    QTest::newRow("mixed case") << QStringLiteral("Срочно") << true;
    QTest::newRow("exclamation marks") << QStringLiteral("!!!СРОЧНО!!! корзина") << true;
    QTest::newRow("brackets") << QStringLiteral("[СРОЧНО] Сайт взломан") << true;
    QTest::newRow("guillemets") << QStringLiteral("«срочно» нужна помощь") << true;
    QTest::newRow("asterisks and dash") << QStringLiteral("**Срочно**-оплата") << true;
    QTest::newRow("at the end after Re") << QStringLiteral("Re: [#12] оплата — СРОЧНО.") << true;
    QTest::newRow("letter-spaced") << QStringLiteral("С Р О Ч Н О") << true;
    QTest::newRow("dotted") << QStringLiteral("С.Р.О.Ч.Н.О. помогите") << true;
    QTest::newRow("Latin look-alike letters") << QStringLiteral("CPOЧHO упал сайт") << true;
    QTest::newRow("not urgent") << QStringLiteral("Не срочно, но нужно поправить") << true;
    QTest::newRow("part of another word") << QStringLiteral("Несрочное: поменять баннер") << false;
    QTest::newRow("adjective") << QStringLiteral("Срочная доработка") << false;
    QTest::newRow("no word") << QStringLiteral("Поменять баннер") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIntakeRules::detectsUrgentSubjects()
{
    QFETCH(QString, subject);
    QTEST(IntakeRules::isUrgentSubject(subject), "urgent");
}

void TestIntakeRules::readsTicketNumbers_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("number"); // 0 = none

    QTest::newRow("our tag") << QStringLiteral("Re: [#1234] Ваше обращение зарегистрировано") << qint64(1234);
    QTest::newRow("tag with spaces") << QStringLiteral("RE: [ # 77 ] оплата") << qint64(77);
    QTest::newRow("number sign") << QStringLiteral("Fwd: [№ 15] корзина") << qint64(15);
    QTest::newRow("product name in tag") << QStringLiteral("[Dutydesk #9] ok") << qint64(9);
    QTest::newRow("first tag wins") << QStringLiteral("[#5] про [#6]") << qint64(5);
    QTest::newRow("bare order number is no ticket") << QStringLiteral("Заказ №1234 не оплачен") << qint64(0);
    QTest::newRow("bare hash is no ticket") << QStringLiteral("Ошибка #500 на сайте") << qint64(0);
    QTest::newRow("zero") << QStringLiteral("[#0]") << qint64(0);
    QTest::newRow("no number") << QStringLiteral("Вопрос") << qint64(0);
}

void TestIntakeRules::readsTicketNumbers()
{
    QFETCH(QString, subject);
    QFETCH(qint64, number);
    QCOMPARE(IntakeRules::ticketNumberFromSubject(subject).value_or(0), number);
}

void TestIntakeRules::tagRoundTrips()
{
    QCOMPARE(IntakeRules::ticketTag(42), QStringLiteral("[#42]"));
    QCOMPARE(IntakeRules::ticketNumberFromSubject(QStringLiteral("Re: ") + IntakeRules::ticketTag(987654)).value(),
             987654);
}

void TestIntakeRules::matchesTrustedSenders_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<qint64>("client"); // 0 = none
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("official address") << "info@romashka.ru" << qint64(1) << false;
    QTest::newRow("trusted person, other case") << "anna.petrova@ROMASHKA.ru" << qint64(1) << false;
    QTest::newRow("stranger on the client's domain") << "boss@romashka.ru" << qint64(0) << false;
    QTest::newRow("trusted by two clients") << "freelancer@mail.ru" << qint64(0) << true;
    QTest::newRow("empty") << "" << qint64(0) << false;
}

void TestIntakeRules::matchesTrustedSenders()
{
    QFETCH(QString, address);
    const auto match = IntakeRules::matchSender(address, directory);
    QTEST(match.clientId.value_or(0), "client");
    QTEST(match.ambiguous, "ambiguous");
}

void TestIntakeRules::decides_data()
{
    QTest::addColumn<MailMessage>("mail");
    QTest::addColumn<int>("action");
    QTest::addColumn<qint64>("ticket");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("urgent");

    using A = IntakeDecision::Action;
    QTest::newRow("trusted sender, new request")
        << mailFrom(QStringLiteral("info@romashka.ru")) << int(A::CreateTicket) << qint64(0) << QString() << false;
    QTest::newRow("trusted sender, urgent")
        << mailFrom(QStringLiteral("info@romashka.ru"), QStringLiteral("СРОЧНО! оплата")) << int(A::CreateTicket)
        << qint64(0) << QString() << true;
    QTest::newRow("stranger") << mailFrom(QStringLiteral("spam@example.com")) << int(A::Quarantine) << qint64(0)
                              << quarantine_reason::unknownSender << false;
    QTest::newRow("address trusted by two clients")
        << mailFrom(QStringLiteral("freelancer@mail.ru")) << int(A::Quarantine) << qint64(0)
        << quarantine_reason::ambiguousSender << false;
    QTest::newRow("ticket number in subject")
        << mailFrom(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Re: [#42] корзина"))
        << int(A::AppendToTicket) << qint64(420) << QString() << false;
    QTest::newRow("another client's ticket number")
        << mailFrom(QStringLiteral("office@rybolov.ru"), QStringLiteral("Re: [#42] корзина")) << int(A::Quarantine)
        << qint64(0) << quarantine_reason::foreignTicket << false;
    QTest::newRow("unknown ticket number makes a new ticket")
        << mailFrom(QStringLiteral("info@romashka.ru"), QStringLiteral("Re: [#999] корзина")) << int(A::CreateTicket)
        << qint64(0) << QString() << false;
    MailMessage reply = mailFrom(QStringLiteral("info@romashka.ru"), QStringLiteral("Re: корзина"));
    reply.references = QStringList { QStringLiteral("unknown@x"), QStringLiteral("ack-42@echo-company.ru") };
    QTest::newRow("References point to a known message")
        << reply << int(A::AppendToTicket) << qint64(420) << QString() << false;
    MailMessage foreignThread = reply;
    foreignThread.from.address = QStringLiteral("office@rybolov.ru");
    QTest::newRow("thread of another client makes a new ticket")
        << foreignThread << int(A::CreateTicket) << qint64(0) << QString() << false;
    MailMessage autoReply = mailFrom(QStringLiteral("info@romashka.ru"), QStringLiteral("Re: [#42] Отпуск"));
    autoReply.autoReply = AutoReplyKind::AutoSubmitted;
    QTest::newRow("auto-reply from a trusted sender on a ticket")
        << autoReply << int(A::Quarantine) << qint64(0) << quarantine_reason::autoReply << false;
    MailMessage bounce = mailFrom(QStringLiteral("mailer-daemon@mx.romashka.ru"));
    bounce.autoReply = AutoReplyKind::Bounce;
    QTest::newRow("bounce") << bounce << int(A::Quarantine) << qint64(0) << quarantine_reason::autoReply << false;
}

void TestIntakeRules::decides()
{
    QFETCH(MailMessage, mail);
    FakeLookup lookup;
    lookup.byNumber.insert(42, TicketRef { 420, 42, 1 });
    lookup.byMessageId.insert(QStringLiteral("ack-42@echo-company.ru"), TicketRef { 420, 42, 1 });
    const IntakeDecision decision = IntakeRules::decide(mail, directory, lookup);
    QTEST(int(decision.action), "action");
    QTEST(decision.ticket.ticketId, "ticket");
    QTEST(decision.reason, "reason");
    QTEST(decision.urgent, "urgent");
    if (decision.action == IntakeDecision::Action::Quarantine) {
        QVERIFY(!decision.detail.isEmpty());
    } else {
        QVERIFY(decision.clientId > 0);
    }
}

QTEST_GUILESS_MAIN(TestIntakeRules)
#include "TestIntakeRules.moc"
