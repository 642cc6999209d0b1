#include "core/intake/IntakeRunner.h"

#include "core/intake/AcknowledgmentSender.h"
#include "core/intake/MailboxPoller.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QThread>

namespace dd {

IntakeRunner::IntakeRunner(Config config, DatabaseOpener openDatabase, Log log)
    : m_config(std::move(config))
    , m_openDatabase(std::move(openDatabase))
    , m_log(std::move(log))
{ }

IntakeRunner::~IntakeRunner() = default;

QString IntakeRunner::mailboxKey(const ImapSettings& imap)
{
    QString server = imap.url.host();
    if (imap.url.port() > 0) {
        server += QLatin1Char(':') + QString::number(imap.url.port());
    }
    return QStringLiteral("%1@%2/%3").arg(imap.user(), server, imap.mailbox());
}

int IntakeRunner::backoffSeconds(int failures, int maxSeconds)
{
    if (failures <= 0) {
        return 0;
    }
    return std::min(maxSeconds, 1 << std::min(failures - 1, 16));
}

void IntakeRunner::report(const QString& part, const std::optional<QString>& problem)
{
    const bool wasDown = m_problems.contains(part);
    if (problem) {
        // One line per state change: a repeated failure stays quiet, whatever it says.
        if (!wasDown) {
            m_log(IntakeRunner::tr("%1 unavailable: %2").arg(part, *problem));
            m_problems.insert(part, *problem);
        }
    } else if (wasDown) {
        m_problems.remove(part);
        m_log(IntakeRunner::tr("%1 available again").arg(part));
    }
}

bool IntakeRunner::databaseAnswers() const
{
    return m_database && m_database->runScalar(QStringLiteral("SELECT 1")).ok();
}

bool IntakeRunner::ensureDatabase()
{
    const QString part = IntakeRunner::tr("database");
    if (m_database && databaseAnswers()) {
        return true;
    }
    m_service.reset();
    m_database.reset();
    auto opened = m_openDatabase();
    if (!opened) {
        report(part, opened.error().message);
        return false;
    }
    m_database = std::move(opened).value();
    m_service.reset();
    if (!refreshSettings()) {
        m_database.reset();
        return false;
    }
    report(part, std::nullopt);
    return true;
}

bool IntakeRunner::refreshSettings()
{
    auto changed = applySharedIntakeSettings(*m_database, m_config.overrides, m_config.intake);
    if (!changed) {
        report(IntakeRunner::tr("shared settings"), changed.error().message);
        return false;
    }
    report(IntakeRunner::tr("shared settings"), std::nullopt);
    if (m_config.intake.supportAddress.isEmpty()) {
        report(IntakeRunner::tr("shared settings"),
               IntakeRunner::tr("no support address: set mail.support-address or --from"));
        return false;
    }
    // The service reads the SLA engine once: a new policy row, tariff or calendar year
    // (their row counts and versions) builds it again.
    auto stamp
        = m_database->runScalar(QStringLiteral("SELECT (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM sla_policies) "
                                               "+ (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM tariffs) "
                                               "+ (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM calendar_years)"));
    const qint64 configuration = stamp ? stamp->toLongLong() : -1;
    if (*changed || !m_service || configuration != m_configurationStamp) {
        m_service = std::make_unique<IntakeService>(*m_database, m_config.intake);
        m_configurationStamp = configuration;
    }
    return true;
}

bool IntakeRunner::cycle()
{
    if (!ensureDatabase() || !refreshSettings()) {
        return false;
    }
    const QString mailboxPart = IntakeRunner::tr("mailbox");
    const QString relayPart = IntakeRunner::tr("mail relay");
    const QString mailbox = mailboxKey(m_config.imap);
    // A fresh IMAP session per cycle: a kept one sees mail that arrived after it selected
    // the mailbox only after an unsolicited sync, which a UID FETCH of the new UID does
    // not wait for (a daemon that never filed a mail delivered during an outage).
    m_imap = std::make_unique<ImapClient>(m_config.imap);
    bool healthy = true;
    MailboxPoller poller(*m_service, m_config.batchSize);
    auto polled = poller.poll(*m_imap, mailbox);
    const MailboxPoller::Summary& done = polled ? polled.value() : poller.lastSummary();
    if (done.fetched > 0) {
        qInfo("%s: %d read, %d tickets, %d messages, %d duplicates, %d quarantined", qPrintable(mailbox), done.fetched,
              done.tickets, done.messages, done.duplicates, done.quarantined);
    }
    if (!polled) {
        healthy = false;
        if (!databaseAnswers()) {
            report(IntakeRunner::tr("database"), polled.error().message);
            m_service.reset();
            m_database.reset();
            return false;
        }
        report(mailboxPart, polled.error().message);
        m_imap.reset(); // a fresh connection next time
    } else {
        report(mailboxPart, std::nullopt);
    }
    if (!m_smtp) {
        m_smtp = std::make_unique<SmtpSender>(m_config.smtp);
    }
    AcknowledgmentSender sender(m_service->store(), m_config.intake.checkpoint);
    auto sent = sender.sendAllDue(*m_smtp);
    if (!sent) {
        report(IntakeRunner::tr("database"), sent.error().message);
        m_service.reset();
        m_database.reset();
        return false;
    }
    if (sent->failed > 0 && sent->sent == 0) {
        // Filing goes on; each acknowledgment has its own retry time (AcknowledgmentSender).
        report(relayPart, sent->errors.value(0) + QStringLiteral(" (will retry)"));
        m_smtp.reset();
    } else {
        for (const QString& error : sent->errors) { // the relay works, these recipients do not
            m_log(IntakeRunner::tr("%1 (will retry)").arg(error));
        }
        if (sent->sent > 0) {
            report(relayPart, std::nullopt);
        }
    }
    return healthy;
}

void IntakeRunner::run(int intervalSeconds, const std::function<bool()>& stop)
{
    int failures = 0;
    while (!stop()) {
        failures = cycle() ? 0 : failures + 1;
        const int wait = failures > 0 ? backoffSeconds(failures, m_config.maxBackoffSeconds) : intervalSeconds;
        for (int waited = 0; waited < wait * 10 && !stop(); ++waited) {
            QThread::msleep(100);
        }
    }
}

} // namespace dd
