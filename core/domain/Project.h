#pragma once

#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dd {

// A client's web project (docs/rules.md#regression-testing). The assignees are user ids so that row-level
// security can later grant a programmer or tester exactly their projects.
struct Project
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString code; // short unique handle for the CLI, e.g. "rybolov"
    QString name;
    // What narrow places show (queue, project tree, charts): «ИМ Ромашка» for «Интернет-магазин
    // Ромашка». Empty = none; unique and at most maxShortNameLength characters (ProjectRepository).
    QString shortName;
    QStringList siteUrls;
    QString tariff;
    qint64 accountManagerId = 0; // 0 = nobody yet
    qint64 programmerId = 0;
    qint64 testerId = 0;
    QDate startDate;
    ProjectStatus status = ProjectStatus::Active;
    int testingIntervalMonths = 2; // §2.2: full regression test every two months
    qint64 version = 1;

    QString clientName; // filled by reads, for display

    static constexpr int maxShortNameLength = 20;
    QString shownName() const { return shortName.isEmpty() ? name : shortName; }
};

} // namespace dd
