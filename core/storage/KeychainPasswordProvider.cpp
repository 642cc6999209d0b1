#include "core/storage/KeychainPasswordProvider.h"

#include "core/storage/Database.h"

#include <QMutex>

namespace dd {

namespace {

QMutex& errorMutex()
{
    static QMutex mutex;
    return mutex;
}

QString& lastErrorText()
{
    static QString text;
    return text;
}

void setLastError(const QString& text)
{
    const QMutexLocker locker(&errorMutex());
    lastErrorText() = text;
}

} // namespace

void KeychainPasswordProvider::install(CredentialStore store)
{
    Database::setPasswordProvider([store](const DatabaseLocation& location) {
        auto read = store.readPassword(CredentialStore::databaseKey(location));
        if (!read) {
            setLastError(read.error().message);
            return QString();
        }
        setLastError({});
        return read->value_or(QString());
    });
}

void KeychainPasswordProvider::uninstall()
{
    Database::setPasswordProvider({});
}

Status KeychainPasswordProvider::save(const DatabaseLocation& location, const QString& password,
                                      const CredentialStore& store)
{
    return store.writePassword(CredentialStore::databaseKey(location), password);
}

QString KeychainPasswordProvider::lastError()
{
    const QMutexLocker locker(&errorMutex());
    return lastErrorText();
}

} // namespace dd
