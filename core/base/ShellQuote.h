#pragma once

#include <QString>
#include <QStringList>

namespace AscendDeck {

// The one place where argv becomes a POSIX shell command line. Every remote command goes through here so
// that an argument can never be re-interpreted by the remote shell, whatever it contains.
QString shellQuote(const QString &argument);
QString shellJoin(const QStringList &argv);

} // namespace AscendDeck
