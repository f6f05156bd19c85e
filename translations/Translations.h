#pragma once

#include <QLocale>

class QCoreApplication;

namespace AscendDeck::Translations {

// Installs the embedded translation for locale (and Qt's own, when found) into the application.
// Returns true when an AscendDeck translation was found for it.
bool install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace AscendDeck::Translations
