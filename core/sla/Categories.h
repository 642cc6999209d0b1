#pragma once

#include "core/sla/SlaLevel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// What a request is about decides its service level (docs/rules.md#service-levels): the regulation's
// emergency (§2.3.1) and standard (§2.3.2) categories, the out-of-scope ones and the
// development ones (§2.3.3). The slugs are what the database, the CLI and JSON use.
enum class CategoryGroup { Emergency, Standard, OutOfScope, Development };

class Categories
{
    Q_DECLARE_TR_FUNCTIONS(dd::Categories)

public:
    static QStringList all();
    static QStringList inGroup(CategoryGroup group);
    static std::optional<CategoryGroup> groupOf(const QString& slug);
    static bool isKnown(const QString& slug) { return groupOf(slug).has_value(); }
    // Translated, for people; an unknown slug is shown as it is.
    static QString name(const QString& slug);
    static QString groupName(CategoryGroup group);

    // The level triage suggests (docs/rules.md#service-levels): an emergency category is `emergency`; standard
    // work the client asked to be done urgently is `urgent`; everything else `standard`
    // (out-of-scope and development requests leave the SLA by their status, not level).
    static SlaLevel suggestedLevel(const QString& slug, bool urgentRequested);
};

} // namespace dd
