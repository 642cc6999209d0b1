#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dd::ctl {

// A secret for a new database login, never from the command line (it would sit in the
// shell history and in every process listing): from the keychain entry the person's
// desktop will use, or typed at a prompt without echo. Without a terminal, one line is
// read from standard input (for scripts: `printf '%s\n' "$pw" | dutydeskctl …`).
class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::SecretPrompt)

public:
    static Result<QString> fromKeychain(const QString& keychainKey);
    static Result<QString> ask(QTextStream& err, const QString& prompt);
};

} // namespace dd::ctl
