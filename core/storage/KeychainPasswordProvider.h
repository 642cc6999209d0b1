#pragma once

#include "core/util/CredentialStore.h"

namespace dd {

// Makes Database take PostgreSQL passwords from the system keychain (docs/rules.md#shared-database): the
// apps call install() once at start, before the first Database::open. The URL in the
// settings never carries the password; the keychain entry is keyed by that URL
// (CredentialStore::databaseKey). A missing entry means "no password" (trust or peer
// authentication). A keychain that cannot be read also yields no password — the
// server's "password authentication failed" then names the problem — and lastError()
// says why, for the message the app shows.
class KeychainPasswordProvider
{
public:
    static void install(CredentialStore store = CredentialStore());
    static void uninstall();
    // Saves the password for `location` (the settings dialog, `dutydeskctl db password`).
    static Status save(const DatabaseLocation& location, const QString& password,
                       const CredentialStore& store = CredentialStore());
    // The keychain error of the last lookup, empty when it succeeded.
    static QString lastError();
};

} // namespace dd
