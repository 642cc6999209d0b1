#include "core/intake/IntakeRules.h"
#include "core/intake/MailParser.h"
#include "core/intake/QuarantineDetail.h"
#include "core/util/Translations.h"

#include <QTest>

using namespace dd;

namespace {
class NoTickets : public IntakeLookup
{
public:
    std::optional<TicketRef> ticketByNumber(qint64) const override { return std::nullopt; }
    std::optional<TicketRef> ticketByMessageId(const QString&) const override { return std::nullopt; }
};
} // namespace

// A held mail's detail, stored by the daemon in English, reads in the console's language
// (issue 18: "English reason details in the quarantine").
class TestQuarantineDetail : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void storedSentencesReadInRussian_data();
    void storedSentencesReadInRussian();
    void theRulesOwnDetailRoundTrips();
    void englishStaysEnglish();
};

void TestQuarantineDetail::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestQuarantineDetail::storedSentencesReadInRussian_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("unknown sender") << "anna@example.org is neither a client's official address nor a trusted person"
                                    << "anna@example.org — не официальный адрес клиента и не адрес доверенного лица";
    QTest::newRow("foreign ticket, two values") << "ivan@shop.ru refers to ticket #42 of another client"
                                                << "ivan@shop.ru ссылается на обращение №42 другого клиента";
    QTest::newRow("spam score") << "spam (score 7.5)"
                                << "спам (оценка 7.5)";
    QTest::newRow("a parser's own message is kept") << "no From header"
                                                    << "no From header";
    QTest::newRow("a value that looks like a placeholder") << "automatic message from %2@x.ru"
                                                           << "автоматическое сообщение от %2@x.ru";
}

void TestQuarantineDetail::storedSentencesReadInRussian()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    installTranslations(QStringLiteral("ru"));
    QCOMPARE(localizedQuarantineDetail(stored), shown);
}

void TestQuarantineDetail::theRulesOwnDetailRoundTrips()
{
    // What the daemon stores in English is exactly what the console recognises.
    installTranslations(QStringLiteral("en"));
    MailMessage mail;
    mail.from.address = QStringLiteral("stranger@example.net");
    mail.subject = QStringLiteral("Помогите");
    const IntakeDecision decision = IntakeRules::decide(mail, {}, NoTickets());
    QCOMPARE(decision.action, IntakeDecision::Action::Quarantine);
    installTranslations(QStringLiteral("ru"));
    QCOMPARE(localizedQuarantineDetail(decision.detail),
             QStringLiteral("stranger@example.net — не официальный адрес клиента и не адрес доверенного лица"));
}

void TestQuarantineDetail::englishStaysEnglish()
{
    installTranslations(QStringLiteral("en"));
    const QString stored = QStringLiteral("delivery report (bounce) from mailer-daemon@x.ru");
    QCOMPARE(localizedQuarantineDetail(stored), stored);
}

QTEST_GUILESS_MAIN(TestQuarantineDetail)
#include "TestQuarantineDetail.moc"
