#include "tests/core/intake/IntakeServiceFixture.h"

#include "tests/support/TestPaths.h"

#include <QFile>

namespace dd::test {

QByteArray IntakeServiceFixture::load(const QString& name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/core/intake/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(name));
    }
    return file.readAll();
}

QByteArray IntakeServiceFixture::fromSender(QByteArray raw, const QString& address)
{
    const qsizetype start = raw.indexOf("From:");
    const qsizetype end = raw.indexOf('\n', start);
    return raw.replace(start, end - start, ("From: " + address + "\r").toUtf8());
}

Result<IntakeOutcome> IntakeServiceFixture::process(const QByteArray& raw)
{
    return service().process(QStringLiteral("support@mail/INBOX"), 77, ++m_uid, m_arrived, raw);
}

IntakeSettings IntakeServiceFixture::settings()
{
    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    settings.parser.maxAttachmentSize = 512;
    return settings;
}

void IntakeServiceFixture::restart(const IntakeSettings& settings)
{
    m_service = std::make_unique<IntakeService>(*m_db.database, settings);
}

void IntakeServiceFixture::setUp()
{
    m_db = test::IntakeTestDatabase::create();
    const IntakeSettings settings = IntakeServiceFixture::settings();
    m_service = std::make_unique<IntakeService>(*m_db.database, settings);
    m_quarantine = std::make_unique<QuarantineService>(*m_db.database, settings);
    m_uid = 0;
}

void IntakeServiceFixture::tearDown()
{
    m_quarantine.reset();
    m_service.reset();
    m_db = {};
}

} // namespace dd::test
