#include "ModelFolder.h"

#include <QDir>

namespace AscendDeck {

const ModelEntry *ModelFolder::entry(const QString &relativePath) const
{
    for (const ModelEntry &e : entries) {
        if (e.path == relativePath)
            return &e;
    }
    return nullptr;
}

qint64 ModelFolder::totalFileBytes() const
{
    qint64 total = 0;
    for (const ModelEntry &e : entries) {
        if (e.isFile() && e.size > 0)
            total += e.size;
    }
    return total;
}

QString ModelFolder::resolvedTarget(const ModelEntry &link) const
{
    if (link.linkTarget.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(link.linkTarget);
    const QString linkDir = QDir::cleanPath(path + QLatin1Char('/') + link.path + QStringLiteral("/.."));
    return QDir::cleanPath(linkDir + QLatin1Char('/') + link.linkTarget);
}

} // namespace AscendDeck
