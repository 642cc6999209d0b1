#include "core/util/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace dd {

namespace {

// Runs a QtKeychain job to completion and reports its error as a sentence.
Status runJob(QKeychain::Job& job, const QString& what)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) {
        return Done {};
    }
    return Error { CredentialStore::tr("cannot %1 in the system keychain: %2").arg(what, job.errorString()) };
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{ }

Result<std::optional<QString>> CredentialStore::readPassword(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    auto status = runJob(job, CredentialStore::tr("read the password for %1").arg(key));
    if (!status) {
        if (job.error() == QKeychain::EntryNotFound) {
            return std::optional<QString>();
        }
        return status.error();
    }
    return std::optional<QString>(job.textData());
}

Status CredentialStore::writePassword(const QString& key, const QString& password) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job, CredentialStore::tr("save the password for %1").arg(key));
}

Status CredentialStore::removePassword(const QString& key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    auto status = runJob(job, CredentialStore::tr("remove the password for %1").arg(key));
    if (!status && job.error() == QKeychain::EntryNotFound) {
        return Done {};
    }
    return status;
}

QString CredentialStore::databaseKey(const DatabaseLocation& location)
{
    return QStringLiteral("database:") + location.displayName();
}

QString CredentialStore::mailboxKey(const QString& mailboxUrl)
{
    return QStringLiteral("mailbox:") + mailboxUrl;
}

} // namespace dd
