#pragma once

// What the intake filing tests share: a fresh SQLite intake database (IntakeTestDatabase),
// the service and quarantine over it, and the mails of tests/core/intake/data.
#include "core/intake/IntakeService.h"
#include "core/intake/QuarantineService.h"

#include "tests/core/intake/IntakeTestDatabase.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace dd::test {

class IntakeServiceFixture
{
protected:
    // From the test's init() and cleanup().
    void setUp();
    void tearDown();
    static QByteArray load(const QString& name);
    static QByteArray fromSender(QByteArray raw, const QString& address);
    // Files `raw` as the next UID of the test mailbox, arrived at m_arrived.
    Result<IntakeOutcome> process(const QByteArray& raw);
    static IntakeSettings settings();
    void restart(const IntakeSettings& settings);
    IntakeService& service() { return *m_service; }
    QuarantineService& quarantine() { return *m_quarantine; }

    test::IntakeTestDatabase m_db;
    std::unique_ptr<IntakeService> m_service;
    std::unique_ptr<QuarantineService> m_quarantine;
    qint64 m_uid = 0;
    const QDateTime m_arrived = QDateTime(QDate(2026, 11, 25), QTime(7, 15, 30), QTimeZone::utc());
};

} // namespace dd::test
