#include "core/intake/AcknowledgmentTemplate.h"
#include "core/intake/MailComposer.h"
#include "core/intake/MailParser.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dd;

class TestAcknowledgment : public QObject
{
    Q_OBJECT

private slots:
    void defaultTemplatesAreRussianAndCarryTheTag();
    void keepsTheTagWhenAnEditDroppedIt();
    void leavesPlaceholdersTypedByTheClientAlone();
    void refusesTemplatesWithoutSubjectOrBody_data();
    void refusesTemplatesWithoutSubjectOrBody();
    void readsATemplateFile();
    void composesAnAutoRepliedThreadedMessage();
    void aDraftComposesTheSameMessage();
    void refusesWhatIsNotADraft_data();
    void refusesWhatIsNotADraft();
};

namespace {

AcknowledgmentTemplate::Values values()
{
    AcknowledgmentTemplate::Values v;
    v.number = 42;
    v.subject = QStringLiteral("Не работает корзина");
    v.name = QStringLiteral("Анна Петрова");
    v.arrived = QDateTime(QDate(2026, 11, 25), QTime(7, 15), QTimeZone::utc());
    return v;
}

} // namespace

void TestAcknowledgment::defaultTemplatesAreRussianAndCarryTheTag()
{
    const auto created
        = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket).render(values());
    QCOMPARE(created.subject, QStringLiteral("[#42] Ваше обращение зарегистрировано: Не работает корзина"));
    QVERIFY(created.body.contains(QStringLiteral("зарегистрировано\nпод номером 42")));
    // Arrival in Moscow time, whatever the machine's zone (tests run in Omsk).
    QVERIFY2(created.body.contains(QStringLiteral("25.11.2026 10:15")), qPrintable(created.body));
    const auto followUp
        = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::ClientMessage).render(values());
    QVERIFY(followUp.subject.startsWith(QStringLiteral("[#42] Сообщение добавлено")));
    QVERIFY(!followUp.body.contains(QLatin1Char('{')));
}

void TestAcknowledgment::keepsTheTagWhenAnEditDroppedIt()
{
    const auto edited = AcknowledgmentTemplate::fromText(QStringLiteral("Subject: Получено: {subject}\n\nСпасибо!\n"));
    QVERIFY(edited.ok());
    QCOMPARE(edited->render(values()).subject, QStringLiteral("[#42] Получено: Не работает корзина"));
    QCOMPARE(edited->render(values()).body, QStringLiteral("Спасибо!\n"));
}

void TestAcknowledgment::leavesPlaceholdersTypedByTheClientAlone()
{
    auto v = values();
    v.subject = QStringLiteral("почему {number} и {name}?");
    const auto rendered
        = AcknowledgmentTemplate::fromText(QStringLiteral("Subject: {tag} {subject}\n\n{name}: {subject}"))->render(v);
    QCOMPARE(rendered.subject, QStringLiteral("[#42] почему {number} и {name}?"));
    QCOMPARE(rendered.body, QStringLiteral("Анна Петрова: почему {number} и {name}?"));
}

void TestAcknowledgment::refusesTemplatesWithoutSubjectOrBody_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no subject line") << QStringLiteral("Здравствуйте!\n\nТекст");
    QTest::newRow("empty subject") << QStringLiteral("Subject:   \n\nТекст");
    QTest::newRow("no body") << QStringLiteral("Subject: {tag}\n\n  \n");
}

void TestAcknowledgment::refusesTemplatesWithoutSubjectOrBody()
{
    QFETCH(QString, text);
    QVERIFY(!AcknowledgmentTemplate::fromText(text).ok());
}

void TestAcknowledgment::readsATemplateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ack.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Subject: {tag} принято\r\n\r\nНомер {number}.\r\n").toUtf8());
    file.close();
    const auto loaded = AcknowledgmentTemplate::fromFile(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->render(values()).body, QStringLiteral("Номер 42.\n"));
    const auto missing = AcknowledgmentTemplate::fromFile(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("missing.txt")));
}

void TestAcknowledgment::composesAnAutoRepliedThreadedMessage()
{
    OutgoingMail mail;
    mail.from = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    mail.to = { QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Анна Петрова") };
    const auto rendered
        = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket).render(values());
    mail.subject = rendered.subject;
    mail.body = rendered.body;
    mail.messageId = MailComposer::generateMessageId(mail.from.address);
    mail.inReplyTo = { QStringLiteral("split-subject-1@romashka.ru") };
    mail.references = { QStringLiteral("older@romashka.ru"), QStringLiteral("split-subject-1@romashka.ru") };
    mail.date = values().arrived;

    QVERIFY(mail.messageId.endsWith(QLatin1String("@echo-company.ru")));
    const QByteArray raw = MailComposer::compose(mail);
    QVERIFY(raw.contains("Auto-Submitted: auto-replied\r\n"));
    QVERIFY(raw.contains("In-Reply-To: <split-subject-1@romashka.ru>\r\n"));
    QVERIFY(!raw.contains("\n\n")); // CRLF everywhere, as SMTP wants
    for (const char c : raw) {
        QVERIFY2(static_cast<unsigned char>(c) < 128, "headers and body are 7-bit encoded");
    }

    // Read back with the intake's own parser: our acknowledgment is an automatic message.
    const auto parsed = MailParser().parse(raw);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->subject, rendered.subject);
    QCOMPARE(parsed->text, rendered.body.trimmed());
    QCOMPARE(parsed->messageId, mail.messageId);
    QCOMPARE(parsed->references, mail.references);
    QCOMPARE(parsed->from.displayName, QStringLiteral("Техподдержка"));
    QCOMPARE(parsed->autoReply, AutoReplyKind::AutoSubmitted);
}

// The intake queues its acknowledgments as drafts (migration 25); the sender composes
// them. The message must be byte for byte the one composed at once.
void TestAcknowledgment::aDraftComposesTheSameMessage()
{
    OutgoingMail mail;
    mail.from = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка «Эхо»") };
    mail.to = { QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Анна \"Петрова\"") };
    mail.subject = QStringLiteral("[#42] Ваше обращение зарегистрировано: \\ корзина\tи \"кавычки\"");
    mail.body = QStringLiteral("Строка 1\nСтрока 2 — {number}\n");
    mail.messageId = MailComposer::generateMessageId(mail.from.address);
    mail.inReplyTo = { QStringLiteral("split-subject-1@romashka.ru") };
    mail.references = { QStringLiteral("older@romashka.ru"), QStringLiteral("split-subject-1@romashka.ru") };
    mail.date = values().arrived;

    const auto read = MailComposer::fromDraft(MailComposer::draft(mail));
    QVERIFY(read.has_value());
    QCOMPARE(MailComposer::compose(*read), MailComposer::compose(mail));
    QCOMPARE(read->date, mail.date);
    QVERIFY(read->automatic);

    // A person's mail stays a person's; a mail without a date gets none.
    mail.automatic = false;
    mail.date = {};
    const auto personal = MailComposer::fromDraft(MailComposer::draft(mail));
    QVERIFY(personal.has_value());
    QVERIFY(!personal->automatic);
    QVERIFY(!personal->date.isValid());
    QVERIFY(!MailComposer::compose(*personal).contains("Auto-Submitted"));
}

void TestAcknowledgment::refusesWhatIsNotADraft_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("From: support@echo-company.ru\r\n\r\nHello");
    QTest::newRow("cut short") << QByteArray(R"({"from":{"address":"support@echo-company.ru"},"to":{"addr)");
    QTest::newRow("an array") << QByteArray(R"([1, 2])");
    QTest::newRow("no recipient") << QByteArray(R"({"from":{"address":"support@echo-company.ru"},"subject":"x"})");
    QTest::newRow("empty recipient") << QByteArray(
        R"({"from":{"address":"support@echo-company.ru"},"to":{"address":""}})");
}

void TestAcknowledgment::refusesWhatIsNotADraft()
{
    QFETCH(QByteArray, draft);
    QVERIFY(!MailComposer::fromDraft(draft).has_value());
}

QTEST_GUILESS_MAIN(TestAcknowledgment)
#include "TestAcknowledgment.moc"
