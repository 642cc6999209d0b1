#include "core/intake/ImapClient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace dd {

namespace {

QString quoted(const QString& mailbox)
{
    QString escaped = mailbox;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

} // namespace

Result<ImapSettings> ImapSettings::fromUrl(const QString& text)
{
    ImapSettings settings;
    settings.url = QUrl(text, QUrl::StrictMode);
    const QString scheme = settings.url.scheme();
    if (!settings.url.isValid() || (scheme != QLatin1String("imap") && scheme != QLatin1String("imaps"))
        || settings.url.host().isEmpty()) {
        return Error { ImapClient::tr("expected imaps://user@host[:port]/MAILBOX, got \"%1\"").arg(text) };
    }
    if (!settings.url.password().isEmpty()) {
        return Error { ImapClient::tr("put the mailbox password in the keychain or a password file, not in the URL") };
    }
    if (settings.url.userName().isEmpty()) {
        return Error { ImapClient::tr("the IMAP URL names no user: imaps://user@host/INBOX") };
    }
    return settings;
}

QString ImapSettings::mailbox() const
{
    QString path = url.path();
    while (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
    }
    return path.isEmpty() ? QStringLiteral("INBOX") : path;
}

ImapClient::ImapClient(ImapSettings settings)
    : m_settings(std::move(settings))
{
    m_session.setCredentials(m_settings.user(), m_settings.password);
    m_session.setTransport(m_settings.transport, m_settings.url.scheme() == QLatin1String("imaps"), false);
}

QString ImapClient::serverUrl() const
{
    QUrl url = m_settings.url;
    url.setUserInfo({});
    url.setPath(QStringLiteral("/"));
    return url.toString(QUrl::FullyEncoded);
}

QString ImapClient::mailboxUrl() const
{
    return serverUrl() + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.mailbox()));
}

Result<MailboxState> ImapClient::state()
{
    auto response
        = request(serverUrl(), QStringLiteral("STATUS %1 (UIDVALIDITY UIDNEXT)").arg(quoted(m_settings.mailbox())));
    if (!response) {
        return response.error();
    }
    static const QRegularExpression validity(QStringLiteral(R"(UIDVALIDITY\s+(\d+))"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression next(QStringLiteral(R"(UIDNEXT\s+(\d+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(*response);
    const auto validityMatch = validity.match(text);
    if (!validityMatch.hasMatch()) {
        return Error { ImapClient::tr("the IMAP server reported no UIDVALIDITY for %1").arg(m_settings.mailbox()) };
    }
    MailboxState state;
    state.uidValidity = validityMatch.captured(1).toLongLong();
    state.uidNext = next.match(text).captured(1).toLongLong();
    return state;
}

Result<QList<ImapMessageInfo>> ImapClient::messagesBetween(qint64 first, qint64 last)
{
    last = std::min(last, first + maxListing - 1);
    auto response = request(mailboxUrl(), QStringLiteral("UID FETCH %1:%2 (UID INTERNALDATE)").arg(first).arg(last));
    if (!response) {
        return response.error();
    }
    static const QRegularExpression uidPattern(QStringLiteral(R"(\bUID\s+(\d+))"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression datePattern(QStringLiteral(R"re(INTERNALDATE\s+"([^"]+)")re"),
                                                QRegularExpression::CaseInsensitiveOption);
    QList<ImapMessageInfo> messages;
    for (const QByteArray& line : response->split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (!text.startsWith(QLatin1String("* ")) || !text.contains(QLatin1String("FETCH"), Qt::CaseInsensitive)) {
            continue;
        }
        ImapMessageInfo info;
        info.uid = uidPattern.match(text).captured(1).toLongLong();
        info.internalDate = parseInternalDate(datePattern.match(text).captured(1));
        // "n:m" is "m:n" to IMAP: a range above every UID still returns the highest one.
        if (info.uid >= first && info.uid <= last) {
            messages.append(info);
        }
    }
    std::sort(messages.begin(), messages.end(),
              [](const ImapMessageInfo& a, const ImapMessageInfo& b) { return a.uid < b.uid; });
    return messages;
}

Result<QByteArray> ImapClient::fetch(qint64 uid, qint64 uidValidity)
{
    if (!m_examined) {
        // libcurl has no BODY.PEEK: its FETCH of BODY[] marks the mail read (RFC 3501 6.4.5)
        // unless the mailbox is open read-only. It SELECTs the mailbox first if this
        // connection has not, then sends EXAMINE; it keeps the mailbox as selected and so
        // sends the fetches below without selecting it again.
        auto examined = request(mailboxUrl(), QStringLiteral("EXAMINE %1").arg(quoted(m_settings.mailbox())));
        if (!examined) {
            return Error { ImapClient::tr("UID %1: %2").arg(uid).arg(examined.error().message) };
        }
        m_examined = true;
    }
    const QString url = QStringLiteral("%1;UIDVALIDITY=%2/;UID=%3").arg(mailboxUrl()).arg(uidValidity).arg(uid);
    auto content = request(url, {});
    if (!content) {
        return Error { ImapClient::tr("UID %1: %2").arg(uid).arg(content.error().message) };
    }
    return content;
}

Result<QByteArray> ImapClient::request(const QString& url, const QString& customRequest)
{
    auto response = m_session.imapRequest(url, customRequest);
    // After a failure the connection may be new, or libcurl may have selected the mailbox
    // again (a UIDVALIDITY check): examine it again before the next fetch.
    if (!response || m_session.connectedAnew()) {
        m_examined = response.ok() && customRequest.startsWith(QLatin1String("EXAMINE "));
    }
    return response;
}

QDateTime ImapClient::parseInternalDate(const QString& text)
{
    // RFC 3501 date-time: "dd-Mon-yyyy hh:mm:ss +zzzz", day possibly space-padded.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    static const QStringList months
        = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
            QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
            QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    const int month = static_cast<int>(months.indexOf(match.captured(2).toLower())) + 1;
    const QDate date(match.captured(3).toInt(), month, match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid()) {
        return {};
    }
    const int sign = match.captured(7) == QLatin1String("-") ? -1 : 1;
    const int offset = sign * (match.captured(8).toInt() * 3600 + match.captured(9).toInt() * 60);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

} // namespace dd
