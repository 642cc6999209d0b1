#include "core/intake/HtmlToText.h"
#include "core/intake/MailParser.h"

#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace dd;

class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    void decodesSubjectsAndSenders_data();
    void decodesSubjectsAndSenders();
    void decodesBodiesInEveryCharset_data();
    void decodesBodiesInEveryCharset();
    void turnsHtmlIntoReadableText();
    void htmlFollowsTheMimeCharsetOverAStaleMeta();
    void prefersPlainTextAndKeepsAttachments();
    void omitsAttachmentsAboveTheLimit();
    void readsThreadingHeaders();
    void recognisesAutomaticMessages_data();
    void recognisesAutomaticMessages();
    void refusesMalformedMessages_data();
    void refusesMalformedMessages();
    void keepsDamagedAndForwardedContent_data();
    void keepsDamagedAndForwardedContent();
    void synthesizesAStableIdWhenMissing();

private:
    static QByteArray load(const QString& name);
    static MailMessage parsed(const QString& name, MailParserOptions options = {});
};

QByteArray TestMailParser::load(const QString& name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/core/intake/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(name));
    }
    return file.readAll();
}

MailMessage TestMailParser::parsed(const QString& name, MailParserOptions options)
{
    const auto result = MailParser(options).parse(load(name));
    if (!result) {
        qFatal("%s did not parse: %s", qPrintable(name), qPrintable(result.error().message));
    }
    return result.value();
}

void TestMailParser::decodesSubjectsAndSenders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("replyTo");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("dateUtc");

    QTest::newRow("Cyrillic subject split across encoded words mid-character")
        << "cyrillic-split-subject.eml" << QStringLiteral("Не работает корзина на сайте") << "anna.petrova@romashka.ru"
        << QStringLiteral("Анна Петрова") << QString() << "split-subject-1@romashka.ru"
        << "2026-11-25T07:15:00Z";
    QTest::newRow("windows-1251 quoted-printable subject and Reply-To")
        << "windows-1251.eml" << QStringLiteral("СРОЧНО! Оплата") << "oleg@romashka.ru"
        << "Oleg"
        << "oleg.private@romashka.ru"
        << "cp1251-1@romashka.ru"
        << "2026-11-25T08:00:00Z";
    QTest::newRow("KOI8-R base64 subject, bare address")
        << "koi8-r.eml" << QStringLiteral("Сайт взломан") << "ivan@romashka.ru" << QString() << QString()
        << "koi8-1@romashka.ru"
        << "2026-11-25T09:00:00Z";
    QTest::newRow("unencoded 8-bit windows-1251 subject")
        << "raw-8bit-subject.eml" << QStringLiteral("срочно: упал сайт") << "oleg@romashka.ru" << QString() << QString()
        << "raw8bit-1@romashka.ru"
        << "2026-11-25T15:00:00Z";
}

void TestMailParser::decodesSubjectsAndSenders()
{
    QFETCH(QString, file);
    const MailMessage mail = parsed(file);
    QTEST(mail.subject, "subject");
    QTEST(mail.from.address, "from");
    QTEST(mail.from.displayName, "name");
    QTEST(mail.replyTo.address, "replyTo");
    QTEST(mail.messageId, "messageId");
    QVERIFY(!mail.messageIdSynthesized);
    QTEST(mail.date.toString(Qt::ISODate), "dateUtc");
    QCOMPARE(mail.autoReply, AutoReplyKind::None);
}

void TestMailParser::decodesBodiesInEveryCharset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTF-8 8bit") << "cyrillic-split-subject.eml"
                                << QStringLiteral("Добрый день! При нажатии «В корзину» ничего не происходит.");
    QTest::newRow("windows-1251 8bit") << "windows-1251.eml"
                                       << QStringLiteral("Здравствуйте!\r\nНе проходит оплата картой на сайте.");
    QTest::newRow("KOI8-R quoted-printable")
        << "koi8-r.eml" << QStringLiteral("Сайт взломан, на главной чужая реклама.");
    QTest::newRow("HTML in windows-1251") << "html-charset-cp1251.eml" << QStringLiteral("Не работает поиск");
}

void TestMailParser::decodesBodiesInEveryCharset()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QCOMPARE(parsed(file).text.replace(QLatin1String("\r\n"), QLatin1String("\n")),
             text.replace(QLatin1String("\r\n"), QLatin1String("\n")));
}

void TestMailParser::turnsHtmlIntoReadableText()
{
    const MailMessage mail = parsed(QStringLiteral("html-only.eml"));
    const QString expected = QStringLiteral("Добрый день!\n\n"
                                            "В каталоге\nне открываются товары:\n\n"
                                            "• Удочка\n• Катушка & леска\n\n"
                                            "Страница: каталог (https://romashka.ru/catalog/42)\n\n"
                                            "Браузер | Firefox\n\n"
                                            "Спасибо");
    QCOMPARE(mail.text, expected);
    QVERIFY(!mail.text.contains(QLatin1String("alert")));
    QVERIFY(!mail.text.contains(QLatin1String("color")));
    QVERIFY(!mail.text.contains(QLatin1String("ignored title")));
}

void TestMailParser::htmlFollowsTheMimeCharsetOverAStaleMeta()
{
    // Mail clients re-encode a page to UTF-8 and leave its old <meta charset> behind.
    const QByteArray html = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" "
                                           "content=\"text/html; charset=windows-1251\"></head>"
                                           "<body><p>Привет, мир</p></body></html>")
                                .toUtf8();
    QCOMPARE(HtmlToText::convert(html, "utf-8"), QStringLiteral("Привет, мир"));
    // Without a MIME charset the page's own declaration is all there is.
    const QByteArray koi8 = QByteArray("<html><head><meta charset=\"koi8-r\"></head><body>")
        + "\xf0\xd2\xc9\xd7\xc5\xd4" + "</body></html>";
    QCOMPARE(HtmlToText::convert(koi8), QStringLiteral("Привет"));
}

void TestMailParser::prefersPlainTextAndKeepsAttachments()
{
    const MailMessage mail = parsed(QStringLiteral("attachments.eml"));
    QCOMPARE(mail.text, QStringLiteral("Plain text wins."));
    QCOMPARE(mail.attachments.size(), 2);
    QCOMPARE(mail.attachments[0].fileName, QStringLiteral("screen.png"));
    QCOMPARE(mail.attachments[0].contentType, QStringLiteral("image/png"));
    QCOMPARE(mail.attachments[0].size, 1024);
    QCOMPARE(mail.attachments[0].content.size(), 1024);
    QCOMPARE(static_cast<unsigned char>(mail.attachments[0].content.at(255)), 255);
    QVERIFY(!mail.attachments[0].omitted);
    QCOMPARE(mail.attachments[1].fileName, QStringLiteral("Отчёт.pdf"));
    QCOMPARE(mail.attachments[1].content, QByteArray("%PDF-1.4 tiny"));
}

void TestMailParser::omitsAttachmentsAboveTheLimit()
{
    MailParserOptions options;
    options.maxAttachmentSize = 100;
    const MailMessage mail = parsed(QStringLiteral("attachments.eml"), options);
    QCOMPARE(mail.attachments.size(), 2);
    QVERIFY(mail.attachments[0].omitted);
    QCOMPARE(mail.attachments[0].size, 1024);
    QVERIFY(mail.attachments[0].content.isEmpty());
    QVERIFY(!mail.attachments[1].omitted);
    QCOMPARE(mail.attachments[1].content.size(), 13);
}

void TestMailParser::readsThreadingHeaders()
{
    const MailMessage mail = parsed(QStringLiteral("reply.eml"));
    QCOMPARE(mail.inReplyTo, QStringList { QStringLiteral("ack-42@echo-company.ru") });
    QCOMPARE(mail.references,
             (QStringList { QStringLiteral("split-subject-1@romashka.ru"), QStringLiteral("ack-42@echo-company.ru") }));
    QCOMPARE(mail.threadIds(),
             (QStringList { QStringLiteral("ack-42@echo-company.ru"), QStringLiteral("split-subject-1@romashka.ru") }));
    QCOMPARE(mail.subject, QStringLiteral("Re: [#42] Ваше обращение зарегистрировано: Не работает корзина"));
}

void TestMailParser::recognisesAutomaticMessages_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<AutoReplyKind>("kind");

    QTest::newRow("Auto-Submitted: auto-replied")
        << load(QStringLiteral("auto-reply.eml")) << AutoReplyKind::AutoSubmitted;
    QTest::newRow("multipart/report bounce") << load(QStringLiteral("bounce.eml")) << AutoReplyKind::Bounce;
    const QByteArray plain = "From: a@romashka.ru\r\nSubject: s\r\nMessage-ID: <x@y>\r\n";
    QTest::newRow("Auto-Submitted: auto-generated with a comment")
        << plain + "Auto-Submitted: auto-generated (vacation)\r\n\r\nbody\r\n"
        << AutoReplyKind::AutoSubmitted;
    QTest::newRow("Auto-Submitted: no is a person") << plain + "Auto-Submitted: no\r\n\r\nbody\r\n"
                                                    << AutoReplyKind::None;
    QTest::newRow("empty Return-Path is a bounce") << plain + "Return-Path: <>\r\n\r\nbody\r\n"
                                                   << AutoReplyKind::Bounce;
    QTest::newRow("X-Autoreply") << plain + "X-Autoreply: yes\r\n\r\nbody\r\n" << AutoReplyKind::AutoSubmitted;
    QTest::newRow("Precedence: bulk") << plain + "Precedence: bulk\r\n\r\nbody\r\n" << AutoReplyKind::ListOrBulk;
    QTest::newRow("ordinary mail") << plain + "\r\nbody\r\n" << AutoReplyKind::None;
    const QByteArray head = "From: a@romashka.ru\r\nMessage-ID: <x@y>\r\n";
    QTest::newRow("Out of Office subject") << head + "Subject: Out of Office: Re: [#12] site\r\n\r\nbody\r\n"
                                           << AutoReplyKind::AutoSubmitted;
    QTest::newRow("Russian vacation subject")
        << head + "Subject: =?UTF-8?B?0K8g0LIg0L7RgtC/0YPRgdC60LU=?=\r\n\r\nbody\r\n" // «Я в отпуске»
        << AutoReplyKind::AutoSubmitted;
    QTest::newRow("Автоответ subject") << head
            + "Subject: =?UTF-8?B?0JDQstGC0L7QvtGC0LLQtdGCOiDRgdCw0LnRgg==?=\r\n\r\nb\r\n"
                                       << AutoReplyKind::AutoSubmitted;
    QTest::newRow("X-Auto-Response-Suppress") << plain + "X-Auto-Response-Suppress: All\r\n\r\nbody\r\n"
                                              << AutoReplyKind::AutoSubmitted;
    QTest::newRow("a request mentioning a vacation in the body")
        << head + "Subject: site down\r\n\r\nI was on vacation, out of office, and now the site is down\r\n"
        << AutoReplyKind::None;
}

void TestMailParser::recognisesAutomaticMessages()
{
    QFETCH(QByteArray, raw);
    const auto mail = MailParser().parse(raw);
    QVERIFY2(mail.ok(), qPrintable(mail.ok() ? QString() : mail.error().message));
    QTEST(mail->autoReply, "kind");
}

void TestMailParser::refusesMalformedMessages_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("error");

    QTest::newRow("no From header") << load(QStringLiteral("no-from.eml")) << "no sender";
    QTest::newRow("From without an address") << load(QStringLiteral("bad-from.eml")) << "cannot be read";
    QTest::newRow("empty input") << QByteArray("\r\n") << "empty";
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff garbage", 13) << "";
}

void TestMailParser::refusesMalformedMessages()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, error);
    const auto mail = MailParser().parse(raw);
    QVERIFY(!mail.ok());
    QVERIFY2(mail.error().message.contains(error), qPrintable(mail.error().message));
}

void TestMailParser::keepsDamagedAndForwardedContent_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text"); // the description contains this
    QTest::addColumn<QString>("damage"); // a damage line contains this; empty: no damage
    QTest::addColumn<int>("attachments");

    const QByteArray head
        = "From: anna.petrova@romashka.ru\r\nSubject: s\r\nMessage-ID: <d@r>\r\nMIME-Version: 1.0\r\n";
    QTest::newRow("forwarded message keeps its text and attachment")
        << head
            + "Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\nContent-Type: text/plain; "
              "charset=utf-8\r\n\r\n"
              "See below.\r\n--o\r\nContent-Type: message/rfc822\r\n\r\nFrom: Oleg <oleg@shop.ru>\r\n"
              "Subject: Order 5 failed\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"i\"\r\n\r\n"
              "--i\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPayment page shows error 500.\r\n--i\r\n"
              "Content-Type: image/png; name=\"err.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
              "--i--\r\n--o--\r\n"
        << "---------- Forwarded message from Oleg <oleg@shop.ru>: Order 5 failed ----------\nPayment page shows error "
           "500."
        << QString() << 1;
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 300; ++i) {
        deep += "<div>";
    }
    deep += "Deep text here";
    QTest::newRow("HTML nested 300 levels keeps its text")
        << head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + deep + "\r\n"
        << "Deep text here"
        << "nested too deep" << 0;
    QTest::newRow("one stray byte in UTF-8 is replaced, the rest stays UTF-8")
        << head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + QByteArray("Привет, сайт \xff не работает") + "\r\n"
        << QStringLiteral("Привет, сайт \uFFFD не работает") << "did not match its charset" << 0;
    QTest::newRow("bad base64 is flagged") << head
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: "
              "text/plain\r\n\r\nlog\r\n--b\r\n"
              "Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
              "JVBER!!!#$%^&*\r\n--b--\r\n"
                                           << "log"
                                           << "“a.pdf” is damaged" << 1;
    QTest::newRow("truncated attachment is flagged") << head
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: "
              "text/plain\r\n\r\nlog\r\n--b\r\n"
              "Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
              "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI"
                                                     << "log"
                                                     << "“a.pdf” is damaged" << 1;
    QTest::newRow("multipart without boundary") << load(QStringLiteral("multipart-no-boundary.eml")) << "Lost?"
                                                << "multipart without boundary" << 0;
}

void TestMailParser::keepsDamagedAndForwardedContent()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(QString, damage);
    QFETCH(int, attachments);
    const auto mail = MailParser().parse(raw);
    QVERIFY2(mail.ok(), qPrintable(mail.ok() ? QString() : mail.error().message));
    QVERIFY2(mail->text.contains(text), qPrintable(mail->text));
    if (damage.isEmpty()) {
        QVERIFY2(mail->damage.isEmpty(), qPrintable(mail->damage.join(QLatin1Char('|'))));
    } else {
        QVERIFY2(mail->damage.join(QLatin1Char('|')).contains(damage), qPrintable(mail->damage.join(QLatin1Char('|'))));
    }
    QCOMPARE(mail->attachments.size(), attachments);
}

void TestMailParser::synthesizesAStableIdWhenMissing()
{
    const QByteArray raw = load(QStringLiteral("no-message-id.eml"));
    const MailMessage first = MailParser().parse(raw).value();
    const MailMessage again = MailParser().parse(raw).value();
    QVERIFY(first.messageIdSynthesized);
    QVERIFY(first.messageId.endsWith(QLatin1String("@dutydesk.invalid")));
    QCOMPARE(again.messageId, first.messageId);
    QByteArray other = raw;
    other.replace("Body without id.", "Another body.");
    QVERIFY(MailParser().parse(other).value().messageId != first.messageId);
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "TestMailParser.moc"
