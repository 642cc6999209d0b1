#pragma once

#include <QString>
#include <QStringList>

namespace dd {

// The page a request is about (docs/rules.md#tickets: the regulation's required content of
// a request): an http(s) address with a host.
bool isPageUrl(const QString& text);

// The first address in `text` on one of the client's sites (`siteUrls`, as projects store
// them: "https://romashka.ru"), subdomains included; empty when none. The intake fills a
// new ticket's page URL with it.
QString firstSiteUrl(const QString& text, const QStringList& siteUrls);

} // namespace dd
