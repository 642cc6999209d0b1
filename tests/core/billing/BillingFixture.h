#pragma once

#include "core/storage/Database.h"

#include <QString>

#include <memory>

namespace dd::test {

// A small, hand-computable October 2026 for the billing and dashboard tests, written
// through the repositories with back-dated history events (Moscow times):
//
// client «ООО „Ромашка“, филиал "Север"» (a comma and quotes, for CSV), project
// "Ромашка shop" on tariff standard at 2000 ₽/h; client «ИП Сидоров», project
// "Сидоров сайт" on the same tariff.
//   #1 A standard  arr 10-05 10:00, reg 11:00 (met 1:00), msg 13:00, reply 15:30 (met),
//                  resolved 10-06 12:00 by Иванова, rated 5; escalated 10-06 09:00,
//                  handled 10-06 11:00 by Head.  Work: Петров 10-05 12:00–14:00.
//   #2 B urgent    arr Fri 10-09 17:00, reg Sat 10-10 12:00 (breached: 9 h of 8),
//                  waiting 10-10 14:00 … 10-27 10:00, resolved 10-28 12:00 by Петров,
//                  rated 3.  Work: Петров Fri 15:00–18:00 (1 h + 2 h double),
//                  Sat 10:00–12:00 (2 h double).
//   #3 C emergency arr 10-14 21:30, reg 10-15 06:30 (met 0:30), escalated 10-16 10:00
//                  (open).
//   #4 D standard  arr 09-30 15:00, reg 10-01 09:00 (met 2:00), resolved 10-07 10:00
//                  by Иванова, rated 4 on 10-08.  Work: Петров 09-30 23:00–10-01 01:00
//                  (1 h in October), Иванова 10-01 08:00–09:30.
//   #5 E standard  arr 10-20 10:00, out of scope 10-26 10:00.
//   #6 F (Сидоров) standard arr 10-21 10:00, reg 10-22 10:00 (met exactly at the
//                  deadline, 8:00), resolved 12:00 by Петров, rated 2 on 10-23.
//                  Work: Петров 10-22 09:00–10:00.
class BillingFixture
{
public:
    // Opens (creates) the SQLite database at `path` and fills it; `error` empty on success.
    BillingFixture(const QString& path, QString* error);

    static qint64 at(const char* moscow); // UTC epoch seconds of a Moscow time

    std::unique_ptr<Database> db;
    qint64 programmerId = 0;
    qint64 engineerId = 0;
    qint64 headId = 0;
    qint64 clientId = 0;
    qint64 otherClientId = 0;
    qint64 ticketA = 0, ticketB = 0, ticketC = 0, ticketD = 0, ticketE = 0, ticketF = 0;

    static QString clientName();
};

} // namespace dd::test
