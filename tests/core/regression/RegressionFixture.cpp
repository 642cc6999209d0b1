#include "tests/core/regression/RegressionFixture.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/UserRepository.h"

namespace dd::test {

namespace {

template<typename T> bool take(Result<T> result, T& into, QString* error)
{
    if (!result) {
        *error = result.error().toString();
        return false;
    }
    into = std::move(result).value();
    return true;
}

} // namespace

RegressionFixture::RegressionFixture(QString* error, const QString& location)
    : m_location(location.isEmpty() ? m_dir.filePath(QStringLiteral("dutydesk.sqlite")) : location)
{
    error->clear();
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(m_location), options);
    if (!opened) {
        *error = QStringLiteral("open: ") + opened.error().toString();
        return;
    }
    m_db = std::move(opened).value();

    User olga;
    olga.login = QStringLiteral("olga");
    olga.fullName = QStringLiteral("Olga Testova");
    olga.roles = { Role::Tester };
    User head;
    head.login = QStringLiteral("boss");
    head.fullName = QStringLiteral("Irina Head");
    head.roles = { Role::HeadOfSupport, Role::Admin };
    UserRepository users(*m_db);
    if (!take(users.add(olga), tester, error) || !take(users.add(head), manager, error)) {
        return;
    }
    Client client;
    client.name = QStringLiteral("ООО «Рыболов»");
    client.officialEmail = QStringLiteral("shop@rybolov.example");
    Client stored;
    if (!take(ClientRepository(*m_db).add(client), stored, error)) {
        return;
    }
    ProjectRepository projects(*m_db);
    Project draft;
    draft.clientId = stored.id;
    draft.tariff = QStringLiteral("standard");
    draft.testerId = tester.id;
    draft.siteUrls = { QStringLiteral("https://rybolov.example") };
    draft.code = QStringLiteral("rybolov");
    draft.name = QStringLiteral("Rybolov shop");
    draft.startDate = QDate(2026, 1, 15);
    if (!take(projects.add(draft), shop, error)) {
        return;
    }
    draft.code = QStringLiteral("snasti");
    draft.name = QStringLiteral("Snasti shop");
    draft.startDate = QDate(2025, 11, 30);
    draft.testingIntervalMonths = 1;
    if (!take(projects.add(draft), second, error)) {
        return;
    }
    draft.code = QStringLiteral("dacha");
    draft.name = QStringLiteral("Dacha shop");
    draft.status = ProjectStatus::Paused;
    draft.testingIntervalMonths = 2;
    take(projects.add(draft), paused, error);
}

} // namespace dd::test
