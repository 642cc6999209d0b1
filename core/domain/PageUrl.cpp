#include "core/domain/PageUrl.h"

#include <QRegularExpression>
#include <QUrl>

namespace dd {

namespace {

QString bareHost(const QString& host)
{
    QString bare = host.toLower();
    if (bare.startsWith(QLatin1String("www."))) {
        bare.remove(0, 4);
    }
    return bare;
}

} // namespace

bool isPageUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString firstSiteUrl(const QString& text, const QStringList& siteUrls)
{
    QStringList hosts;
    for (const QString& site : siteUrls) {
        const QUrl url = QUrl::fromUserInput(site);
        if (!url.host().isEmpty()) {
            hosts << bareHost(url.host());
        }
    }
    // Trailing punctuation belongs to the sentence, not the address.
    static const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"'«»()]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        QString candidate = it.next().captured(0);
        while (!candidate.isEmpty() && QStringLiteral(".,;:!?").contains(candidate.back())) {
            candidate.chop(1);
        }
        const QUrl url(candidate, QUrl::StrictMode);
        if (!isPageUrl(candidate)) {
            continue;
        }
        const QString host = bareHost(url.host());
        for (const QString& site : std::as_const(hosts)) {
            if (host == site || host.endsWith(QLatin1Char('.') + site)) {
                return candidate;
            }
        }
    }
    return {};
}

} // namespace dd
