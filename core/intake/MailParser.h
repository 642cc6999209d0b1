#pragma once

#include "core/intake/MailMessage.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dd {

struct MailParserOptions
{
    // Attachments above this are recorded (name, size) but not stored with the ticket.
    qint64 maxAttachmentSize = 10 * 1024 * 1024;
};

// Reads one RFC 5322 message with GMime 3 into a MailMessage. Lenient where mail in the
// wild is sloppy (8-bit headers in windows-1251, encoded words split mid-character),
// strict where a ticket would come out wrong: a message without a sender, or one whose
// structure the parser had to skip parts of, is an error — the intake quarantines it.
class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(dd::MailParser)

public:
    explicit MailParser(MailParserOptions options = {});

    Result<MailMessage> parse(const QByteArray& raw) const;

private:
    MailParserOptions m_options;
};

} // namespace dd
