#pragma once

#include "core/intake/ImapClient.h"
#include "core/intake/IntakeService.h"
#include "core/intake/SharedIntakeSettings.h"
#include "core/intake/SmtpSender.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace dd {

class Database;

// The intake daemon's loop (docs/mail-intake.md#outages): read the mailbox, file, send
// what is due, and ride out outages — a database or mailbox that stops answering is
// reopened on the next cycle, retried 1, 2, 4 … seconds apart (at most `maxBackoff`),
// with one log line when a part goes down and one when it is back.
class IntakeRunner
{
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeRunner)

public:
    using DatabaseOpener = std::function<Result<std::unique_ptr<Database>>()>;
    using Log = std::function<void(const QString& line)>;

    struct Config
    {
        IntakeSettings intake;
        // What the flags fix; the rest is read from the shared settings every cycle.
        IntakeOverrides overrides;
        ImapSettings imap;
        SmtpSettings smtp;
        int batchSize = ImapClient::maxListing; // UIDs per listing request, at most ImapClient::maxListing
        int maxBackoffSeconds = 30;
    };

    IntakeRunner(Config config, DatabaseOpener openDatabase, Log log);
    ~IntakeRunner();

    // The key of the mailbox's last UID in the database: user@host[:port]/MAILBOX.
    static QString mailboxKey(const ImapSettings& imap);

    // One cycle: everything pending filed, everything due sent. False when the database
    // or the mailbox was unavailable (already logged); the next cycle reconnects. A relay
    // refusing acknowledgments is logged, and they are retried on their own schedule.
    bool cycle();
    // Cycles until `stop` says so: `interval` apart when healthy, backing off otherwise.
    void run(int intervalSeconds, const std::function<bool()>& stop);
    // Seconds to wait before the next cycle after `failures` failed ones in a row.
    static int backoffSeconds(int failures, int maxSeconds);

private:
    bool ensureDatabase();
    // Re-reads the shared settings; a change (or the policy's, calendar's) restarts the service.
    bool refreshSettings();
    void report(const QString& part, const std::optional<QString>& problem);
    bool databaseAnswers() const;

    Config m_config;
    DatabaseOpener m_openDatabase;
    Log m_log;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntakeService> m_service;
    std::unique_ptr<ImapClient> m_imap;
    std::unique_ptr<SmtpSender> m_smtp;
    QMap<QString, QString> m_problems; // part → the problem last logged
    qint64 m_configurationStamp = -1; // policy, tariffs and calendar as the service last read them
};

} // namespace dd
