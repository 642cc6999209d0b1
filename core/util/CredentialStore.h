#pragma once

#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <optional>

namespace dd {

// Passwords for the shared database and the support mailbox, kept in the system keychain
// (Secret Service on Linux) through QtKeychain — never in a settings file (docs/rules.md#shared-database).
// There is deliberately no insecure fallback: without a keychain, saving fails loudly.
// Calls block on a local event loop; they are rare (connect, settings dialog).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::CredentialStore)

public:
    explicit CredentialStore(QString service = QStringLiteral("Dutydesk"));

    // No entry is not an error: the result is then std::nullopt.
    Result<std::optional<QString>> readPassword(const QString& key) const;
    Status writePassword(const QString& key, const QString& password) const;
    Status removePassword(const QString& key) const;

    // Keys name what the secret opens, so one keychain holds several databases/mailboxes.
    static QString databaseKey(const DatabaseLocation& location);
    static QString mailboxKey(const QString& mailboxUrl);

private:
    QString m_service;
};

} // namespace dd
