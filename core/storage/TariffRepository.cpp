#include "core/storage/TariffRepository.h"

#include "core/storage/Database.h"
#include "core/util/DurationText.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

Tariff readTariff(const QSqlQuery& row)
{
    Tariff tariff;
    tariff.code = row.value(0).toString();
    tariff.name = row.value(1).toString();
    if (!row.value(2).isNull()) {
        tariff.hourlyRateKopecks = row.value(2).toLongLong();
    }
    tariff.doubleRatePercent = row.value(3).toInt();
    tariff.version = row.value(4).toLongLong();
    return tariff;
}

const QString selectTariff
    = QStringLiteral("SELECT code, name, hourly_rate_kopecks, double_rate_percent, version FROM tariffs ");

} // namespace

TariffRepository::TariffRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<Tariff>> TariffRepository::all() const
{
    auto rows = m_database.run(selectTariff + QStringLiteral("ORDER BY code"));
    if (!rows) {
        return rows.error();
    }
    QList<Tariff> tariffs;
    while (rows.value().next()) {
        tariffs << readTariff(rows.value());
    }
    return tariffs;
}

Result<std::optional<Tariff>> TariffRepository::find(const QString& code) const
{
    auto rows = m_database.run(selectTariff + QStringLiteral("WHERE code = ?"), { code });
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return std::optional<Tariff>();
    }
    return std::optional<Tariff>(readTariff(rows.value()));
}

Status TariffRepository::add(const Tariff& tariff) const
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    if (!code.match(tariff.code).hasMatch()) {
        return Error {
            TariffRepository::tr("a tariff code is lower-case letters, digits and dashes, not “%1”").arg(tariff.code)
        };
    }
    if (tariff.name.trimmed().isEmpty()) {
        return Error { TariffRepository::tr("the tariff %1 needs a name").arg(tariff.code) };
    }
    if (auto existing = find(tariff.code); !existing || *existing) {
        return existing ? Error { TariffRepository::tr("the tariff %1 exists already").arg(tariff.code) }
                        : existing.error();
    }
    auto added = m_database.run(QStringLiteral("INSERT INTO tariffs (code, name, hourly_rate_kopecks, "
                                               "double_rate_percent) VALUES (?, ?, ?, ?)"),
                                { tariff.code, tariff.name.trimmed(),
                                  tariff.hourlyRateKopecks ? QVariant(*tariff.hourlyRateKopecks) : QVariant(),
                                  tariff.doubleRatePercent });
    if (!added) {
        return added.error();
    }
    return Done {};
}

Status TariffRepository::update(const QString& code, const TariffChange& change,
                                std::optional<qint64> expectedVersion) const
{
    if (change.name && change.name->trimmed().isEmpty()) {
        return Error { TariffRepository::tr("the tariff %1 needs a name").arg(code) };
    }
    if (change.doubleRatePercent && (*change.doubleRatePercent < 100 || *change.doubleRatePercent > 1000)) {
        return Error { TariffRepository::tr("the double-rate multiplier is from 100 % to 1000 %, not %1 %")
                           .arg(*change.doubleRatePercent) };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto current = find(code);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return Error { TariffRepository::tr("there is no tariff “%1”").arg(code) };
    }
    Tariff next = **current;
    if (expectedVersion && *expectedVersion != next.version) {
        return Error { TariffRepository::tr(
                           "the tariff %1 was changed meanwhile (now “%2”, rate %3); reload it and try again")
                           .arg(code, next.name, formatRate(next.hourlyRateKopecks)) };
    }
    next.name = change.name ? change.name->trimmed() : next.name;
    next.hourlyRateKopecks = change.hourlyRateKopecks ? *change.hourlyRateKopecks : next.hourlyRateKopecks;
    next.doubleRatePercent = change.doubleRatePercent.value_or(next.doubleRatePercent);
    auto updated = m_database.run(
        QStringLiteral("UPDATE tariffs SET name = ?, hourly_rate_kopecks = ?, double_rate_percent = ?, "
                       "version = version + 1 WHERE code = ? AND version = ?"),
        { next.name, next.hourlyRateKopecks ? QVariant(*next.hourlyRateKopecks) : QVariant(), next.doubleRatePercent,
          code, next.version });
    if (!updated) {
        return updated.error();
    }
    return transaction.commit();
}

Result<QList<PolicyRow>> TariffRepository::policyRows(const QString& where) const
{
    auto rows = m_database.run(QStringLiteral("SELECT p.id, p.tariff, p.level, p.max_reaction_seconds, "
                                              "p.resolution_target_seconds, p.valid_from, p.version "
                                              "FROM sla_policies p %1 ORDER BY p.tariff, p.level, p.valid_from")
                                   .arg(where));
    if (!rows) {
        return rows.error();
    }
    QList<PolicyRow> list;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        const auto level = parseSlaLevel(row.value(2).toString());
        if (!level) {
            continue;
        }
        PolicyRow policy;
        policy.id = row.value(0).toLongLong();
        policy.tariff = row.value(1).toString();
        policy.level = *level;
        policy.maxReaction = row.value(3).toLongLong();
        if (!row.value(4).isNull()) {
            policy.resolutionTarget = row.value(4).toLongLong();
        }
        policy.validFrom = fromEpoch(row.value(5).toLongLong());
        policy.version = row.value(6).toLongLong();
        list << policy;
    }
    return list;
}

Result<QList<PolicyRow>> TariffRepository::policyInForce() const
{
    // Rows are never dated ahead (valid_from is the server's now), so the latest is in force.
    return policyRows(QStringLiteral("WHERE p.valid_from = (SELECT MAX(q.valid_from) FROM sla_policies q "
                                     "WHERE q.tariff = p.tariff AND q.level = p.level)"));
}

Result<QList<PolicyRow>> TariffRepository::policyHistory() const
{
    return policyRows({});
}

Status TariffRepository::setPolicy(const QString& tariff, SlaLevel level, qint64 maxReaction,
                                   std::optional<qint64> resolutionTarget, std::optional<qint64> expectedId) const
{
    if (maxReaction <= 0 || (resolutionTarget && *resolutionTarget <= 0)) {
        return Error { TariffRepository::tr("reaction and resolution times must be longer than zero") };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto known = find(tariff); !known || !*known) {
        return known ? Error { TariffRepository::tr("there is no tariff “%1”").arg(tariff) } : known.error();
    }
    auto latest = m_database.run(QStringLiteral("SELECT id, max_reaction_seconds, valid_from FROM sla_policies "
                                                "WHERE tariff = ? AND level = ? ORDER BY valid_from DESC LIMIT 1"),
                                 { tariff, slaLevelId(level) });
    if (!latest) {
        return latest.error();
    }
    const bool hasRow = latest.value().next();
    const qint64 currentId = hasRow ? latest.value().value(0).toLongLong() : 0;
    if (expectedId && *expectedId != currentId) {
        return Error { TariffRepository::tr(
                           "the %1 × %2 policy was changed meanwhile (reaction now %3); reload it and try again")
                           .arg(tariff, slaLevelId(level), durationText(latest.value().value(1).toLongLong())) };
    }
    // A second change within the same second replaces the row it would follow.
    auto written = m_database.run(
        QStringLiteral("INSERT INTO sla_policies (tariff, level, max_reaction_seconds, resolution_target_seconds, "
                       "valid_from) VALUES (?, ?, ?, ?, %1) ON CONFLICT (tariff, level, valid_from) DO UPDATE SET "
                       "max_reaction_seconds = excluded.max_reaction_seconds, "
                       "resolution_target_seconds = excluded.resolution_target_seconds, "
                       "version = sla_policies.version + 1")
            .arg(m_database.nowSql()),
        { tariff, slaLevelId(level), maxReaction, resolutionTarget ? QVariant(*resolutionTarget) : QVariant() });
    if (!written) {
        return written.error();
    }
    return transaction.commit();
}

QString TariffRepository::formatRate(std::optional<qint64> kopecks)
{
    if (!kopecks) {
        return TariffRepository::tr("none");
    }
    return QStringLiteral("%1.%2").arg(*kopecks / 100).arg(*kopecks % 100, 2, 10, QLatin1Char('0'));
}

Result<qint64> TariffRepository::parseRate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,9})(?:[.,](\d{1,2}))?$)"));
    QString compact = text.trimmed();
    compact.remove(u' ').remove(QChar(0x00A0));
    const auto match = pattern.match(compact);
    if (!match.hasMatch()) {
        return Error {
            TariffRepository::tr("an hourly rate is an amount in roubles like 1500 or 1500.50, not “%1”").arg(text)
        };
    }
    const QString cents = match.captured(2).leftJustified(2, u'0');
    return match.captured(1).toLongLong() * 100 + cents.toLongLong();
}

} // namespace dd
