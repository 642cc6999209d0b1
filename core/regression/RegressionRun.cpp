#include "core/regression/RegressionRun.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dd {

namespace {

template<typename E, std::size_t N> using SlugTable = std::array<std::pair<E, const char*>, N>;

constexpr SlugTable<RunKind, 2> kindSlugs { {
    { RunKind::Regression, "regression" },
    { RunKind::Feature, "feature" },
} };

constexpr SlugTable<RunStatus, 3> statusSlugs { {
    { RunStatus::Requested, "requested" },
    { RunStatus::InProgress, "in-progress" },
    { RunStatus::Finished, "finished" },
} };

constexpr SlugTable<ItemResult, 4> resultSlugs { {
    { ItemResult::Pending, "pending" },
    { ItemResult::Pass, "pass" },
    { ItemResult::Fail, "fail" },
    { ItemResult::Skip, "skip" },
} };

constexpr SlugTable<ScheduleState, 6> stateSlugs { {
    { ScheduleState::Done, "done" },
    { ScheduleState::Planned, "planned" },
    { ScheduleState::Due, "due" },
    { ScheduleState::Overdue, "overdue" },
    { ScheduleState::InProgress, "in-progress" },
    { ScheduleState::Paused, "paused" },
} };

template<typename E, std::size_t N> QString slugOf(const SlugTable<E, N>& table, E value)
{
    for (const auto& [key, slug] : table) {
        if (key == value) {
            return QString::fromLatin1(slug);
        }
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> fromSlug(const SlugTable<E, N>& table, const QString& slug)
{
    for (const auto& [key, text] : table) {
        if (slug == QLatin1String(text)) {
            return key;
        }
    }
    return std::nullopt;
}

} // namespace

QString toSlug(RunKind value)
{
    return slugOf(kindSlugs, value);
}
QString toSlug(RunStatus value)
{
    return slugOf(statusSlugs, value);
}
QString toSlug(ItemResult value)
{
    return slugOf(resultSlugs, value);
}
QString toSlug(ScheduleState value)
{
    return slugOf(stateSlugs, value);
}
std::optional<RunKind> runKindFromSlug(const QString& slug)
{
    return fromSlug(kindSlugs, slug);
}
std::optional<RunStatus> runStatusFromSlug(const QString& slug)
{
    return fromSlug(statusSlugs, slug);
}
std::optional<ScheduleState> scheduleStateFromSlug(const QString& slug)
{
    return fromSlug(stateSlugs, slug);
}

std::optional<ItemResult> itemResultFromSlug(const QString& slug)
{
    if (slug == QLatin1String("skipped")) {
        return ItemResult::Skip;
    }
    return fromSlug(resultSlugs, slug);
}

QStringList allScheduleStateSlugs()
{
    QStringList slugs;
    for (const auto& entry : stateSlugs) {
        slugs << QString::fromLatin1(entry.second);
    }
    return slugs;
}

QString displayName(ItemResult value)
{
    switch (value) {
    case ItemResult::Pending:
        return Regression::tr("not checked");
    case ItemResult::Pass:
        return Regression::tr("pass");
    case ItemResult::Fail:
        return Regression::tr("fail");
    case ItemResult::Skip:
        return Regression::tr("skipped");
    }
    return {};
}

QString displayName(ScheduleState value)
{
    switch (value) {
    case ScheduleState::Done:
        return Regression::tr("done");
    case ScheduleState::Planned:
        return Regression::tr("planned");
    case ScheduleState::Due:
        return Regression::tr("due");
    case ScheduleState::Overdue:
        return Regression::tr("overdue");
    case ScheduleState::InProgress:
        return Regression::tr("in progress");
    case ScheduleState::Paused:
        return Regression::tr("paused");
    }
    return {};
}

RunCounts RegressionRun::counts() const
{
    RunCounts counts;
    for (const RegressionRunItem& item : items) {
        switch (item.result) {
        case ItemResult::Pass:
            ++counts.pass;
            break;
        case ItemResult::Fail:
            ++counts.fail;
            break;
        case ItemResult::Skip:
            ++counts.skip;
            break;
        case ItemResult::Pending:
            ++counts.pending;
            break;
        }
    }
    return counts;
}

const RegressionRunItem* RegressionRun::item(const QString& slugOrId) const
{
    bool isNumber = false;
    const int position = slugOrId.toInt(&isNumber);
    for (const RegressionRunItem& candidate : items) {
        if (candidate.slug == slugOrId || (isNumber && candidate.position == position)) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace dd
