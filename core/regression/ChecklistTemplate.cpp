#include "core/regression/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {

struct DefaultItem
{
    const char* slug;
    const char* title;
};

// QT_TRANSLATE_NOOP keeps the English source in the catalogue; displayTitle translates.
constexpr DefaultItem shopItems[] = {
    { "catalogue", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Catalogue: categories, filters, sorting, paging") },
    { "search", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Search: results, typos, empty result") },
    { "product-page",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Product page: photos, price, options, availability") },
    { "cart", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Cart: add, change quantity, remove, totals") },
    { "checkout", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Checkout: place an order as a guest and as a customer") },
    { "payment", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Payment: every payment method, correct order total") },
    { "order-emails", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Order e-mails to the customer and the shop") },
    { "personal-account",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Personal account: sign-up, login, password reset, orders") },
    { "admin-login", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Admin login and the admin part opens") },
    { "order-intake-integrations",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Order-intake integrations (CRM, 1C) receive the test order") },
    { "delivery-modules",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Delivery modules: cost and pick-up points calculated") },
    { "forms", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Forms: feedback, call-back, subscription deliver") },
    { "page-speed",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Page speed: home, catalogue and product page load fast") },
    { "backups-present",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Backups present: the latest daily backup exists") },
};

constexpr DefaultItem featureItems[] = {
    { "feature-works", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "The feature works as the ticket describes") },
    { "steps-reproduced",
      QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "The ticket's steps to reproduce no longer fail") },
    { "related-pages", QT_TRANSLATE_NOOP("dd::ChecklistTemplate", "Related pages and the order path still work") },
};

template<std::size_t N> ChecklistTemplate fromDefaults(const DefaultItem (&items)[N])
{
    QList<ChecklistItem> list;
    for (const DefaultItem& item : items) {
        list.append({ QString::fromLatin1(item.slug), QString::fromUtf8(item.title) });
    }
    return ChecklistTemplate(list);
}

// The English source of a default item the project has not edited, else nullptr.
template<std::size_t N> const char* untouchedDefault(const DefaultItem (&items)[N], const ChecklistItem& item)
{
    for (const DefaultItem& entry : items) {
        if (item.slug == QLatin1String(entry.slug) && item.title == QString::fromUtf8(entry.title)) {
            return entry.title;
        }
    }
    return nullptr;
}

const QRegularExpression& slugShape()
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return shape;
}

} // namespace

ChecklistTemplate::ChecklistTemplate(QList<ChecklistItem> items)
    : m_items(std::move(items))
{ }

ChecklistTemplate ChecklistTemplate::defaultOnlineShop()
{
    return fromDefaults(shopItems);
}

ChecklistTemplate ChecklistTemplate::defaultFeatureTest()
{
    return fromDefaults(featureItems);
}

QString ChecklistTemplate::displayTitle(const ChecklistItem& item)
{
    if (const char* title = untouchedDefault(shopItems, item)) {
        return ChecklistTemplate::tr(title);
    }
    if (const char* title = untouchedDefault(featureItems, item)) {
        return ChecklistTemplate::tr(title);
    }
    return item.title;
}

QString ChecklistTemplate::slugify(const QString& title)
{
    QString slug;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !slug.isEmpty()) {
                slug += QLatin1Char('-');
            }
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.left(48);
}

Result<ChecklistTemplate> ChecklistTemplate::parse(const QString& text)
{
    QList<ChecklistItem> items;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QSet<QString> seen;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        ChecklistItem item;
        const int colon = line.indexOf(QLatin1Char(':'));
        const QString head = colon > 0 ? line.left(colon).trimmed() : QString();
        if (colon > 0 && slugShape().match(head).hasMatch()) {
            item.slug = head;
            item.title = line.mid(colon + 1).trimmed();
        } else {
            item.title = line;
            // Titles in Cyrillic give no Latin slug; number them instead.
            const QString base = slugify(line).isEmpty() ? QStringLiteral("item") : slugify(line);
            item.slug = base;
            for (int n = 2; seen.contains(item.slug); ++n) {
                item.slug = QStringLiteral("%1-%2").arg(base).arg(n);
            }
        }
        if (item.title.isEmpty()) {
            return Error { ChecklistTemplate::tr("the item “%1” has no title").arg(item.slug), i + 1 };
        }
        if (seen.contains(item.slug)) {
            return Error { ChecklistTemplate::tr("the item “%1” appears twice").arg(item.slug), i + 1 };
        }
        seen.insert(item.slug);
        items.append(item);
    }
    ChecklistTemplate result(items);
    if (Status valid = result.validate(); !valid) {
        return valid.error();
    }
    return result;
}

QString ChecklistTemplate::toText() const
{
    QString text;
    for (const ChecklistItem& item : m_items) {
        text += item.slug + QStringLiteral(": ") + item.title + QLatin1Char('\n');
    }
    return text;
}

Status ChecklistTemplate::validate() const
{
    if (m_items.isEmpty()) {
        return Error { ChecklistTemplate::tr("the checklist has no items") };
    }
    QSet<QString> seen;
    for (const ChecklistItem& item : m_items) {
        if (!slugShape().match(item.slug).hasMatch()) {
            return Error {
                ChecklistTemplate::tr("“%1” is not an item id (lower-case letters, digits, dashes)").arg(item.slug)
            };
        }
        if (item.title.trimmed().isEmpty()) {
            return Error { ChecklistTemplate::tr("the item “%1” has no title").arg(item.slug) };
        }
        if (seen.contains(item.slug)) {
            return Error { ChecklistTemplate::tr("the item “%1” appears twice").arg(item.slug) };
        }
        seen.insert(item.slug);
    }
    return Done {};
}

bool ChecklistTemplate::operator==(const ChecklistTemplate& other) const
{
    if (m_items.size() != other.m_items.size()) {
        return false;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].slug != other.m_items[i].slug || m_items[i].title != other.m_items[i].title) {
            return false;
        }
    }
    return true;
}

} // namespace dd
