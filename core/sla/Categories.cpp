#include "core/sla/Categories.h"

#include <QCoreApplication>

#include <array>

namespace dd {

namespace {

struct Entry
{
    const char* slug;
    CategoryGroup group;
    const char* name;
};

// The regulation's lists, in its order (docs/rules.md#service-levels).
const std::array entries {
    Entry { "site-down", CategoryGroup::Emergency,
            QT_TRANSLATE_NOOP("dd::Categories", "Public or admin part of the site unusable") },
    Entry { "cart-broken", CategoryGroup::Emergency,
            QT_TRANSLATE_NOOP("dd::Categories", "Cannot add to cart or place an order") },
    Entry { "payment-broken", CategoryGroup::Emergency,
            QT_TRANSLATE_NOOP("dd::Categories", "Cannot pay or receive money") },
    Entry { "wrong-order-total", CategoryGroup::Emergency, QT_TRANSLATE_NOOP("dd::Categories", "Wrong order total") },
    Entry { "order-integration-broken", CategoryGroup::Emergency,
            QT_TRANSLATE_NOOP("dd::Categories", "Order-intake integration broken") },
    Entry { "delivery-broken", CategoryGroup::Emergency,
            QT_TRANSLATE_NOOP("dd::Categories", "Delivery modules broken") },
    Entry { "site-hacked", CategoryGroup::Emergency, QT_TRANSLATE_NOOP("dd::Categories", "The site is hacked") },
    Entry { "consulting", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Consulting") },
    Entry { "domain-control", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Domain control") },
    Entry { "security-monitoring", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "Security monitoring (viruses)") },
    Entry { "backup", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Daily backup") },
    Entry { "virus-cleaning", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "Virus cleaning and recovery after failure") },
    Entry { "visitor-counters", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Visitor counters") },
    Entry { "admin-instructions", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "Instructions for administrators") },
    Entry { "testing", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Testing") },
    Entry { "structure-changes", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "Site structure changes") },
    Entry { "template-changes", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "Template, CSS, JS, PHP, module changes") },
    Entry { "cms-modules", CategoryGroup::Standard,
            QT_TRANSLATE_NOOP("dd::Categories", "CMS module install or removal") },
    Entry { "cms-configuration", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "CMS configuration") },
    Entry { "bug-fixing", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Bug fixing") },
    Entry { "optimisation", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "Optimisation") },
    Entry { "cms-updates", CategoryGroup::Standard, QT_TRANSLATE_NOOP("dd::Categories", "CMS updates") },
    Entry { "client-internet", CategoryGroup::OutOfScope,
            QT_TRANSLATE_NOOP("dd::Categories", "Internet or proxy at the client's workplaces") },
    Entry { "client-software", CategoryGroup::OutOfScope,
            QT_TRANSLATE_NOOP("dd::Categories", "Software on the client's computers") },
    Entry { "third-party-services", CategoryGroup::OutOfScope,
            QT_TRANSLATE_NOOP("dd::Categories", "Third-party services not integrated with the site") },
    Entry { "new-functionality", CategoryGroup::Development,
            QT_TRANSLATE_NOOP("dd::Categories", "New functionality or modules") },
    Entry { "graphic-design", CategoryGroup::Development, QT_TRANSLATE_NOOP("dd::Categories", "Graphic design") },
};

const Entry* find(const QString& slug)
{
    for (const Entry& entry : entries) {
        if (slug == QLatin1String(entry.slug)) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

QStringList Categories::all()
{
    QStringList slugs;
    for (const Entry& entry : entries) {
        slugs << QLatin1String(entry.slug);
    }
    return slugs;
}

QStringList Categories::inGroup(CategoryGroup group)
{
    QStringList slugs;
    for (const Entry& entry : entries) {
        if (entry.group == group) {
            slugs << QLatin1String(entry.slug);
        }
    }
    return slugs;
}

std::optional<CategoryGroup> Categories::groupOf(const QString& slug)
{
    const Entry* entry = find(slug);
    return entry ? std::optional<CategoryGroup>(entry->group) : std::nullopt;
}

QString Categories::name(const QString& slug)
{
    const Entry* entry = find(slug);
    return entry ? Categories::tr(entry->name) : slug;
}

QString Categories::groupName(CategoryGroup group)
{
    switch (group) {
    case CategoryGroup::Emergency:
        return Categories::tr("Emergency");
    case CategoryGroup::Standard:
        return Categories::tr("Standard");
    case CategoryGroup::OutOfScope:
        return Categories::tr("Out of scope");
    case CategoryGroup::Development:
        return Categories::tr("Development");
    }
    return {};
}

SlaLevel Categories::suggestedLevel(const QString& slug, bool urgentRequested)
{
    if (groupOf(slug) == CategoryGroup::Emergency) {
        return SlaLevel::Emergency;
    }
    return urgentRequested ? SlaLevel::Urgent : SlaLevel::Standard;
}

} // namespace dd
