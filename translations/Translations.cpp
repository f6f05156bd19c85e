#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AscendDeck::Translations {

bool install(QCoreApplication *app, const QLocale &locale)
{
    auto *qtBase = new QTranslator(app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("ascenddeck"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    return found;
}

} // namespace AscendDeck::Translations
