#pragma once

#include "core/intake/CurlSession.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace dd {

// imaps://user@host[:port]/INBOX (TLS from the start) or imap://… (STARTTLS required).
struct ImapSettings
{
    QUrl url;
    QString password;
    MailTransportOptions transport;

    static Result<ImapSettings> fromUrl(const QString& url);
    QString mailbox() const;
    QString user() const { return url.userName(); }
};

struct MailboxState
{
    qint64 uidValidity = 0;
    qint64 uidNext = 0;
};

struct ImapMessageInfo
{
    qint64 uid = 0;
    QDateTime internalDate; // when the server received it: the request's arrival (docs/rules.md#clocks)
};

// Reads the support mailbox by UID over libcurl. UIDs only grow within one UIDVALIDITY,
// so "everything above the last processed UID" is exactly the new mail; every fetch
// names the UIDVALIDITY it expects, and the server refuses it if the mailbox was rebuilt.
class ImapClient
{
    Q_DECLARE_TR_FUNCTIONS(dd::ImapClient)

public:
    explicit ImapClient(ImapSettings settings);

    const ImapSettings& settings() const { return m_settings; }

    Result<MailboxState> state();
    // Messages with a UID from `first` to `last`, in UID order, at most maxListing of
    // them. libcurl 7.88 counts a custom command's answer against a 300 KB "header"
    // limit, and counts each line with what follows it in its buffer, so a listing that
    // arrives in one piece costs about its lines squared times their length: 200 lines
    // measured 193–310 KB (the backlog failure), 100 lines up to 308 KB once the server
    // had the answer ready in one piece (the fetches run on other connections since
    // MailPrefetcher). 50 short lines stay under 100 KB.
    Result<QList<ImapMessageInfo>> messagesBetween(qint64 first, qint64 last);
    static constexpr int maxListing = 50;
    // The whole message. Read from the mailbox opened read-only (EXAMINE), so the mail
    // stays unread for the people who read the mailbox too, and the server writes nothing:
    // on Dovecot's maildir every \Seen set renamed the file and made the next command
    // rescan the folder (docs/mail-intake.md#speed).
    Result<QByteArray> fetch(qint64 uid, qint64 uidValidity);

    // Parses an IMAP INTERNALDATE ("26-Nov-2026 02:40:00 +0300") into UTC.
    static QDateTime parseInternalDate(const QString& text);

private:
    QString serverUrl() const;
    QString mailboxUrl() const;
    // Every request goes through here: a new connection has the mailbox SELECTed by
    // libcurl (read-write) until it is examined again. A connection libcurl replaced
    // unnoticed marks at most the one mail fetched on it read.
    Result<QByteArray> request(const QString& url, const QString& customRequest);

    ImapSettings m_settings;
    CurlSession m_session;
    bool m_examined = false;
};

} // namespace dd
