#pragma once

// Reading the headers of a GMime message for MailParser: private to the intake module's
// MIME code (it includes GMime, which no other header of the module exposes).

// GMime (glib) first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailMessage.h"

#include <QString>
#include <QStringList>

namespace dd::mail_headers {

QString fromUtf8(const char* text);
// The Subject as sent, with encoded words split mid-character joined first.
QString decodedSubject(GMimeMessage* message, GMimeParserOptions* options);
QString header(GMimeObject* object, const char* name);
MailAddress firstMailbox(InternetAddressList* list);
QStringList addresses(InternetAddressList* list);
// The receiving server's anti-spam verdict: the X-Spam-Status text when it says spam.
QString spamVerdict(GMimeObject* object);
QStringList messageIds(GMimeObject* object, const char* headerName, GMimeParserOptions* options);
// RFC 3834 markers, bounces, older responders' headers and out-of-office subjects.
AutoReplyKind detectAutoReply(GMimeMessage* message, const MailAddress& from);

} // namespace dd::mail_headers
