#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dd {

// What SpamAssassin says of one mail.
struct SpamVerdict
{
    bool spam = false;
    double score = 0;
    double threshold = 0;
    QString scoreText() const; // "1000.0/5.0"
};

// Asks a SpamAssassin daemon (spamd, Debian's `spamd` package) about a mail over its
// SPAMC/1.5 protocol — what `spamc -c` does, without a process per mail. The regulation
// accepts a request only after the anti-spam check, so an unreachable spamd is an error
// that stops the intake (retried later), never a pass.
class SpamCheck
{
    Q_DECLARE_TR_FUNCTIONS(dd::SpamCheck)

public:
    SpamCheck(QString host, int port, int timeoutSeconds = 30);

    // "host:port" (spamd's default port 783 when only a host is given).
    static Result<SpamCheck> fromAddress(const QString& address);

    Result<SpamVerdict> check(const QByteArray& raw) const;

    QString host() const { return m_host; }
    int port() const { return m_port; }

private:
    QString m_host;
    int m_port = 783;
    int m_timeoutMs = 30000;
};

} // namespace dd
