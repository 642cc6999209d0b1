#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace dd {

// TLS and timeouts shared by the IMAP and SMTP connections.
struct MailTransportOptions
{
    QString caFile; // trust this CA instead of the system's (a self-hosted mail server, tests)
    bool requireTls = true; // only tests on loopback turn this off
    int connectTimeoutSeconds = 30;
    int stallTimeoutSeconds = 60; // a transfer slower than 1 byte/s this long is aborted
};

// One libcurl easy handle: kept between requests so that IMAP commands reuse one
// logged-in connection. Peer and host name verification stay on, always.
class CurlSession
{
    Q_DECLARE_TR_FUNCTIONS(dd::CurlSession)

public:
    CurlSession();
    ~CurlSession();
    CurlSession(const CurlSession&) = delete;
    CurlSession& operator=(const CurlSession&) = delete;

    // `url` carries the scheme, host and path; credentials are set apart so that they
    // never appear in an error message.
    void setCredentials(const QString& user, const QString& password);
    void setTransport(const MailTransportOptions& options, bool implicitTls, bool tlsIfOffered);

    // IMAP: runs `customRequest` (or a plain fetch when empty) and returns what the
    // server sent as the response body.
    Result<QByteArray> imapRequest(const QString& url, const QString& customRequest);
    // SMTP: sends `message` (CRLF line ends) from `sender` to `recipients`.
    Status smtpSend(const QString& url, const QString& sender, const QStringList& recipients,
                    const QByteArray& message);
    // Whether the last request opened a new connection (the first, or after one was lost).
    bool connectedAnew() const { return m_connectedAnew; }

private:
    Status perform(const QString& what);
    void* m_handle = nullptr; // CURL*, kept opaque so that curl.h stays out of headers
    std::unique_ptr<char[]> m_errorBuffer;
    QByteArray m_received;
    bool m_connectedAnew = false;
};

} // namespace dd
