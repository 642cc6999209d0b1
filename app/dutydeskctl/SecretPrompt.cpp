#include "SecretPrompt.h"

#include "core/util/CredentialStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace dd::ctl {

Result<QString> SecretPrompt::fromKeychain(const QString& keychainKey)
{
    auto stored = CredentialStore().readPassword(keychainKey);
    if (!stored) {
        return stored.error();
    }
    if (!*stored || (*stored)->isEmpty()) {
        return Error { SecretPrompt::tr("the keychain holds no password for %1").arg(keychainKey) };
    }
    return **stored;
}

Result<QString> SecretPrompt::ask(QTextStream& err, const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << "\n" << Qt::flush;
    }
    const QString secret = QString::fromStdString(line);
    if (!read || secret.isEmpty()) {
        return Error { SecretPrompt::tr("no password given") };
    }
    return secret;
}

} // namespace dd::ctl
