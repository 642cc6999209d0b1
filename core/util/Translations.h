#pragma once

#include <QString>

namespace dd {

// Installs the Dutydesk and Qt catalogues for `language` ("ru", "en"); an empty string
// follows the system locale; a later call replaces what an earlier one installed.
// Returns the language actually in use ("ru" or "en").
QString installTranslations(const QString& language);

// The languages the program ships, for --lang validation and the settings dialog.
bool isSupportedLanguage(const QString& language);

} // namespace dd
