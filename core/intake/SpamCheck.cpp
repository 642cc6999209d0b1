#include "core/intake/SpamCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>

namespace dd {

QString SpamVerdict::scoreText() const
{
    return QStringLiteral("%1/%2").arg(score, 0, 'f', 1).arg(threshold, 0, 'f', 1);
}

SpamCheck::SpamCheck(QString host, int port, int timeoutSeconds)
    : m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutSeconds * 1000)
{ }

Result<SpamCheck> SpamCheck::fromAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\[?([A-Za-z0-9.:-]+?)\]?(?::(\d{1,5}))?$)"));
    const auto match = pattern.match(address.trimmed());
    const int port = match.captured(2).isEmpty() ? 783 : match.captured(2).toInt();
    if (!match.hasMatch() || port <= 0 || port > 65535) {
        return Error { SpamCheck::tr("--spamd wants host[:port], e.g. 127.0.0.1:783, not “%1”").arg(address) };
    }
    return SpamCheck(match.captured(1), port);
}

Result<SpamVerdict> SpamCheck::check(const QByteArray& raw) const
{
    auto failure = [this](const QString& what) {
        return Error { SpamCheck::tr("anti-spam check at %1:%2 failed: %3").arg(m_host).arg(m_port).arg(what) };
    };
    QTcpSocket socket;
    socket.connectToHost(m_host, static_cast<quint16>(m_port));
    if (!socket.waitForConnected(m_timeoutMs)) {
        return failure(socket.errorString());
    }
    // CHECK: the verdict only, the mail itself is not sent back.
    socket.write("CHECK SPAMC/1.5\r\nContent-length: " + QByteArray::number(raw.size()) + "\r\n\r\n");
    socket.write(raw);
    QElapsedTimer timer;
    timer.start();
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(m_timeoutMs - static_cast<int>(timer.elapsed()))) {
            return failure(socket.errorString());
        }
    }
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < m_timeoutMs) {
        socket.waitForReadyRead(std::max<int>(1, m_timeoutMs - static_cast<int>(timer.elapsed())));
        response += socket.readAll();
        if (response.size() > 64 * 1024) {
            break;
        }
    }
    response += socket.readAll();
    // SPAMD/1.1 0 EX_OK \r\n Spam: True ; 1000.0 / 5.0
    static const QRegularExpression status(QStringLiteral(R"(^SPAMD/\d+\.\d+\s+(\d+)\s+(\S+))"));
    static const QRegularExpression verdict(
        QStringLiteral(R"(^Spam:\s*(True|False|Yes|No)\s*;\s*(-?[\d.]+)\s*/\s*(-?[\d.]+))"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(response);
    const auto statusMatch = status.match(text);
    if (!statusMatch.hasMatch()) {
        return failure(text.isEmpty() ? SpamCheck::tr("no answer")
                                      : text.section(QLatin1Char('\n'), 0, 0).trimmed().left(120));
    }
    if (statusMatch.captured(1) != QLatin1String("0")) {
        return failure(statusMatch.captured(2));
    }
    const auto verdictMatch = verdict.match(text);
    if (!verdictMatch.hasMatch()) {
        return failure(SpamCheck::tr("the answer has no verdict"));
    }
    SpamVerdict result;
    const QString flag = verdictMatch.captured(1).toLower();
    result.spam = flag == QLatin1String("true") || flag == QLatin1String("yes");
    result.score = verdictMatch.captured(2).toDouble();
    result.threshold = verdictMatch.captured(3).toDouble();
    return result;
}

} // namespace dd
