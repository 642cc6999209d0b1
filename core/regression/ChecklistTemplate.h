#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

struct ChecklistItem
{
    QString slug; // stable within a template: runs, the CLI and the ICS refer to it
    QString title; // as the tester sees it; the default items are translated by slug
};

// The checklist of a regression run. Every project starts from the default online-shop
// template and may edit it; a run copies the template when it starts, so editing the
// template later does not rewrite the record of past runs.
class ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(dd::ChecklistTemplate)

public:
    ChecklistTemplate() = default;
    explicit ChecklistTemplate(QList<ChecklistItem> items);

    // catalogue, search, product page, cart, checkout, payment, order e-mails, personal
    // account, admin login, order-intake integrations, delivery modules, forms, page
    // speed, backups present: what breaks an online shop and what the regulation's
    // emergency categories (docs/rules.md#service-levels) name.
    static ChecklistTemplate defaultOnlineShop();
    // The items of a feature test requested for a ticket.
    static ChecklistTemplate defaultFeatureTest();

    // The translated title of a default item whose title was not edited; else the title.
    static QString displayTitle(const ChecklistItem& item);

    // One item per line, "slug: title" or just "title" (the slug is then made from the
    // title). Blank lines and lines starting with # are ignored. For the editor and import.
    static Result<ChecklistTemplate> parse(const QString& text);
    QString toText() const;

    // Non-empty, unique slugs of [a-z0-9-], non-empty titles.
    Status validate() const;

    const QList<ChecklistItem>& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    bool operator==(const ChecklistTemplate& other) const;

    static QString slugify(const QString& title);

private:
    QList<ChecklistItem> m_items;
};

} // namespace dd
