#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dd {

// One row written by someone (docs/rules.md#shared-database), as the database announces it: enough to refetch
// just that row. See storage/ChangeTrackingMigration.h for where these come from.
struct RowChange
{
    QString table;
    qint64 id = 0; // 0: the table has no integer key (settings, tariffs) — reload it
    qint64 version = 0; // 0: the table has no version column
    QString operation; // insert | update | delete
    // PostgreSQL: the change was made on the watching connection itself.
    bool ownSession = false;

    // The NOTIFY payload, {"table":…,"operation":…,"id":…,"version":…}.
    static std::optional<RowChange> fromPayload(const QByteArray& json);
    // For `dutydeskctl watch`: table, id and version (null when 0), operation.
    QJsonObject toJson() const;

    friend bool operator==(const RowChange&, const RowChange&) = default;
};

} // namespace dd

Q_DECLARE_METATYPE(dd::RowChange)
