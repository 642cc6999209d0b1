#include "core/util/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace dd {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error { DatabaseLocation::tr("the database location is empty") };
    }
    DatabaseLocation location;
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return Error {
                DatabaseLocation::tr("“%1” is not a valid postgresql://user@host:port/db URL").arg(trimmed)
            };
        }
        if (!url.password().isEmpty()) {
            return Error { DatabaseLocation::tr(
                "the database URL must not contain a password; it is kept in the system keychain") };
        }
        location.kind = Kind::Postgres;
        location.user = url.userName();
        location.host = url.host();
        location.port = url.port(5432);
        location.databaseName = url.path().mid(1);
        if (location.databaseName.isEmpty()) {
            return Error { DatabaseLocation::tr("the database URL “%1” names no database").arg(trimmed) };
        }
        return location;
    }
    if (trimmed.contains(QLatin1String("://"))) {
        return Error {
            DatabaseLocation::tr("unsupported database “%1”: use a file path or postgresql://…").arg(trimmed)
        };
    }
    location.kind = Kind::Sqlite;
    location.sqlitePath = QFileInfo(trimmed).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DatabaseLocation location;
    location.kind = Kind::Sqlite;
    location.sqlitePath = QDir(dir).filePath(QStringLiteral("dutydesk.sqlite"));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite) {
        return QDir::toNativeSeparators(sqlitePath);
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace dd
