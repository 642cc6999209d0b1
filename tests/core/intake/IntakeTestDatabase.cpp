#include "tests/core/intake/IntakeTestDatabase.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"

namespace dd::test {

namespace {

template<typename T> T required(Result<T> result, const char* what)
{
    if (!result) {
        qFatal("%s: %s", what, qPrintable(result.error().message));
    }
    return std::move(result).value();
}

} // namespace

IntakeTestDatabase IntakeTestDatabase::create(const QString& url)
{
    IntakeTestDatabase fixture;
    fixture.url = url;
    fixture.dir = std::make_unique<QTemporaryDir>();
    Database::Options options;
    options.installServerClock = false;
    fixture.database = required(
        SchemaCatalog::open(required(DatabaseLocation::parse(fixture.path()), "location"), options), "open database");
    const ClientRepository clients(*fixture.database);
    const ProjectRepository projects(*fixture.database);

    Client romashka;
    romashka.name = QStringLiteral("ООО «Ромашка»");
    romashka.officialEmail = QStringLiteral("info@romashka.ru");
    romashka.trusted = { { QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Анна Петрова") },
                         { QStringLiteral("oleg@romashka.ru"), QStringLiteral("Олег") } };
    fixture.romashka = required(clients.add(romashka), "client").id;
    Client vasilek;
    vasilek.name = QStringLiteral("ИП Василёк");
    vasilek.officialEmail = QStringLiteral("shop@vasilek.ru");
    fixture.vasilek = required(clients.add(vasilek), "client").id;

    auto project = [&](qint64 client, const QString& code, const QString& site) {
        Project p;
        p.clientId = client;
        p.code = code;
        p.name = code;
        p.siteUrls = { site };
        p.tariff = QStringLiteral("standard");
        return required(projects.add(p), "project").id;
    };
    fixture.romashkaProject
        = project(fixture.romashka, QStringLiteral("romashka"), QStringLiteral("https://romashka.ru"));
    fixture.vasilekShop
        = project(fixture.vasilek, QStringLiteral("vasilek-shop"), QStringLiteral("https://www.vasilek-shop.ru/"));
    fixture.vasilekBlog
        = project(fixture.vasilek, QStringLiteral("vasilek-blog"), QStringLiteral("https://blog.vasilek.ru"));
    return fixture;
}

qint64 IntakeTestDatabase::count(const QString& sql, const QVariantList& values) const
{
    auto query = database->run(sql, values);
    if (!query || !query.value().next()) {
        qFatal("count failed: %s", qPrintable(sql));
    }
    return query.value().value(0).toLongLong();
}

} // namespace dd::test
