#pragma once

#include "core/storage/CalendarRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/TariffRepository.h"
#include "core/storage/UserRepository.h"

namespace dd {

class Database;

// What the Administration window reads and writes, in one object its tabs receive (as
// the ticket pane has TicketService): no tab constructs a repository or holds the
// connection. Each call is one core operation with its own transaction; the server
// refuses non-administrators on PostgreSQL whatever the window shows.
class AdministrationService
{
public:
    explicit AdministrationService(const Database& database)
        : m_database(database)
    { }

    // People.
    Result<QList<User>> users() const { return UserRepository(m_database).all(); }
    Result<User> addUser(const User& user) const { return UserRepository(m_database).add(user); }
    Status updateUser(const User& user, qint64 expectedVersion) const
    {
        return UserRepository(m_database).update(user, expectedVersion);
    }
    Result<QList<qint64>> openTicketIds(qint64 userId) const
    {
        return UserRepository(m_database).openTicketIds(userId);
    }
    Status deactivateUser(const QString& login, std::optional<qint64> reassignTo, const Actor& actor) const
    {
        return UserRepository(m_database).deactivate(login, reassignTo, actor);
    }

    // Projects: names and short names.
    Result<QList<Project>> projects() const { return ProjectRepository(m_database).all(); }
    Result<Project> updateProject(const Project& project, qint64 expectedVersion) const
    {
        return ProjectRepository(m_database).update(project, expectedVersion);
    }

    // Tariffs and the SLA policy.
    Result<QList<Tariff>> tariffs() const { return TariffRepository(m_database).all(); }
    Result<QList<PolicyRow>> policyInForce() const { return TariffRepository(m_database).policyInForce(); }
    Status addTariff(const Tariff& tariff) const { return TariffRepository(m_database).add(tariff); }
    Status updateTariff(const QString& code, const TariffChange& change, std::optional<qint64> expectedVersion) const
    {
        return TariffRepository(m_database).update(code, change, expectedVersion);
    }
    Status setPolicy(const QString& tariff, SlaLevel level, qint64 maxReaction, std::optional<qint64> resolutionTarget,
                     std::optional<qint64> expectedId) const
    {
        return TariffRepository(m_database).setPolicy(tariff, level, maxReaction, resolutionTarget, expectedId);
    }

    // The production calendar.
    Result<ProductionCalendar> calendar() const { return effectiveCalendar(m_database); }
    Result<StoredCalendarYear> setDay(QDate date, DayKind kind, const QString& reason, const Actor& actor) const
    {
        return CalendarRepository(m_database).setDay(date, kind, reason, actor);
    }
    Result<StoredCalendarYear> saveYear(const CalendarYear& year, CalendarSource source, const Actor& actor) const
    {
        return CalendarRepository(m_database).save(year, source, actor);
    }

    // The shared settings.
    Result<QList<SettingValue>> settings() const { return SharedSettings::list(m_database); }
    Result<SettingValue> setting(const QString& key) const { return SharedSettings::value(m_database, key); }
    Status setSetting(const QString& key, const QString& value, const Actor& actor,
                      std::optional<qint64> expectedVersion) const
    {
        return SharedSettings::set(m_database, key, value, actor, expectedVersion);
    }
    Result<QList<SettingChange>> settingsHistory(int limit) const
    {
        return SharedSettings::history(m_database, {}, limit);
    }

private:
    const Database& m_database;
};

} // namespace dd
