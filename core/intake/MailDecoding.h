#pragma once

#include "core/intake/MailMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dd {

// Text decoding that repairs instead of guessing (docs/mail-intake.md#damage): a byte that
// does not fit the declared charset becomes U+FFFD and the rest is read as declared.
namespace MailDecoding {

// The text of a part with charset `declared` (null or empty: undeclared); each repair is
// recorded in `mail.damage`.
QString decodeText(const QByteArray& bytes, const char* declared, MailMessage& mail);
// iconv's reading of `bytes` in `charset`, invalid bytes replaced and counted in
// `invalid`; a null string for a charset iconv does not know.
QString convertLenient(const QByteArray& bytes, const char* charset, int& invalid);
int invalidUtf8Sequences(const QByteArray& bytes);
// Base64 as sent: only its alphabet and line breaks, padding only at the end, whole quads.
bool isWellFormedBase64(QByteArrayView encoded);

} // namespace MailDecoding

} // namespace dd
