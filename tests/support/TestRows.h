#pragma once

#include "core/util/Result.h"

#include <QString>

namespace dd {
class Database;
}

namespace dd::test {

// Minimal rows written with plain SQL, for tests of what the database itself does
// (triggers, notifications, roles) independently of the repositories' API.
Result<qint64> insertUser(const Database& database, const QString& login);
Result<qint64> insertClient(const Database& database, const QString& name);
// A project on the `standard` tariff; programmer/tester ids 0 = none.
Result<qint64> insertProject(const Database& database, qint64 clientId, const QString& code, qint64 programmerId = 0,
                             qint64 testerId = 0);
// A new standard ticket; the number is the next free one.
Result<qint64> insertTicket(const Database& database, qint64 projectId, const QString& subject);
// Changes the subject and bumps the version, as an edit would; returns the new version.
Result<qint64> touchTicket(const Database& database, qint64 ticketId, const QString& subject);

} // namespace dd::test
