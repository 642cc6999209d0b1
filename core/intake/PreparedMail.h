#pragma once

#include "core/intake/MailMessage.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dd {

// A fetched mail with the work done that needs no database: the hash of its bytes, the
// parse and the content hash. MailPrefetcher's workers make it (IntakeService::prepare),
// so the filing thread only runs the transaction while they parse the next mails
// (docs/mail-intake.md#speed).
struct PreparedMail
{
    QByteArray raw;
    QString rawSha256;
    std::optional<Result<MailMessage>> parsed; // empty: not prepared
    QString contentSha256; // empty when the parse failed
    QByteArray compressed; // the original as message_raw keeps it
};

} // namespace dd
