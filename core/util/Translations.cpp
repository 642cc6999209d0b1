#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace dd {

bool isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("ru") || language == QLatin1String("en");
}

QString installTranslations(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        chosen = isSupportedLanguage(system) ? system : QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(chosen == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                                chosen == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedKingdom));

    // A second call replaces the catalogues of the first: a lookup falls through every
    // installed translator, so a left-over Russian one would answer for English.
    static QPointer<QTranslator> installed[2];
    for (QPointer<QTranslator>& translator : installed) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    auto* app = QCoreApplication::instance();
    auto* qtCatalogue = new QTranslator(app);
    if (qtCatalogue->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtCatalogue);
        installed[0] = qtCatalogue;
    } else {
        delete qtCatalogue;
    }
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/dutydesk_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(own);
        installed[1] = own;
    } else {
        delete own;
    }
    return chosen;
}

} // namespace dd
