#include "HistoryLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace AscendDeck {

QString HistoryLocation::projectKey(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString base = sanitised(info.completeBaseName());
    const QString identity = projectPath.isEmpty() ? QString() : QDir::cleanPath(info.absoluteFilePath());
    return (base.isEmpty() ? QStringLiteral("project") : base) + QLatin1Char('-') + shortHash(identity);
}

QString HistoryLocation::forProject(const QString &projectPath)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/")
           + projectKey(projectPath);
}

QString HistoryLocation::forProject(const QString &projectPath, const QString &unsavedName)
{
    if (!projectPath.isEmpty())
        return forProject(projectPath);
    return forProject(QStringLiteral("/unsaved/") + (unsavedName.isEmpty() ? QStringLiteral("untitled") : unsavedName));
}

bool HistoryLocation::carryPreflightLog(const QString &fromRoot, const QString &toRoot)
{
    const QString from = preflightFile(fromRoot);
    const QString to = preflightFile(toRoot);
    if (fromRoot == toRoot || !QFile::exists(from) || QFile::exists(to))
        return false;
    return QDir().mkpath(toRoot) && QFile::copy(from, to);
}

QString HistoryLocation::serverFolderName(const QString &server)
{
    const QString base = sanitised(server);
    return (base.isEmpty() ? QStringLiteral("server") : base) + QLatin1Char('-') + shortHash(server);
}

QString HistoryLocation::sanitised(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool plain = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('-')
                           || c == QLatin1Char('_');
        out += plain ? c : QLatin1Char('_');
    }
    return out.left(48);
}

QString HistoryLocation::shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

} // namespace AscendDeck
