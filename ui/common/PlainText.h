#pragma once

#include <QString>

namespace dd {

// A user's string (a subject, a name, a comment) as a tooltip that shows it as typed. Qt
// guesses a tooltip's format: "<b>жирный</b>" would turn bold and "&amp;" into "&"
// (docs/rules.md and STYLE.md: plain text is plain). Text Qt would take as plain stays as it is.
QString plainToolTip(const QString& text);

} // namespace dd
