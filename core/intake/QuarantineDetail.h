#pragma once

#include <QString>

namespace dd {

// The daemon writes a held mail's detail once, in its own language (usually English:
// "x@y is neither a client's official address nor a trusted person"). The console shows
// it in the interface language: a stored sentence that matches one of the intake's own
// sentences is translated again with its values; anything else (a parser's message) is
// shown as stored.
QString localizedQuarantineDetail(const QString& stored);

} // namespace dd
