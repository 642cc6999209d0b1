#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A throwaway SpamAssassin daemon (Debian's `spamd`) on a free 127.0.0.1 port with the
// stock rules, no network tests and no user preferences. Stopped on destruction.
class SpamdServer
{
public:
    static Result<std::unique_ptr<SpamdServer>> start();
    ~SpamdServer();

    SpamdServer(const SpamdServer&) = delete;
    SpamdServer& operator=(const SpamdServer&) = delete;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    // For outage tests: stop, and start again on the same port.
    Status stop();
    Status restart();

    // The Generic Test for Unsolicited Bulk Email: every SpamAssassin scores it 1000.
    static QByteArray gtube();

private:
    SpamdServer() = default;
    Status launch();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace dd::test
