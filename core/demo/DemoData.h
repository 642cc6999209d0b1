#pragma once

#include "core/demo/DemoTicketWriter.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace dd {

class Database;
class SqliteBulkLoad;

struct DemoOptions
{
    int tickets = 3000;
    quint32 seed = 20260301; // the same seed gives the same data
    int weeks = 8; // tickets arrive over this many recent weeks
    // The instant the histories lead up to; unset: the server's clock (docs/rules.md#time).
    // Tests fix it, so what the demo shows does not depend on the time of day.
    std::optional<QDateTime> now;
};

struct DemoReport
{
    int users = 0;
    int clients = 0;
    int projects = 0;
    int tickets = 0;
    qint64 events = 0;
    qint64 elapsedMs = 0;
};

// Realistic demo data: Russian clients (mostly online shops) with projects, people in
// every role, and tickets spread over recent weeks — relative to the server clock —
// with real event histories: some waiting, some breached, some emergencies. It is what
// `dutydeskctl demo` and a first start of the console show.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(dd::DemoData)

public:
    // Fills an empty database; refuses one that already has tickets or users.
    static Result<DemoReport> generate(const Database& database, const DemoOptions& options);

private:
    // The tickets in one transaction; returns the number of history events written.
    static Result<qint64> load(const Database& database, SqliteBulkLoad& bulk, const DemoStaff& staff,
                               const QList<DemoProjectRef>& projects, const DemoOptions& options, qint64 nowEpoch);
};

// For the console's first start: fills the database with demo data if it is empty,
// leaves it alone otherwise.
Status ensureDemoData(const Database& database);

// Whether DemoData filled this database (the console marks it DEMO).
Result<bool> isDemoDatabase(const Database& database);

} // namespace dd
