#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace AscendDeck {

namespace {
const QString kFilesKey = QStringLiteral("recentProjects/files");
const QString kReopenKey = QStringLiteral("recentProjects/reopenAtStart");

QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QStringList stored()
{
    return QSettings().value(kFilesKey).toStringList();
}

void store(const QStringList &files)
{
    QSettings().setValue(kFilesKey, files);
}
} // namespace

QStringList RecentProjects::files()
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentProjects::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList files = stored();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

void RecentProjects::remove(const QString &path)
{
    QStringList files = stored();
    files.removeAll(normalized(path));
    files.removeAll(path);
    store(files);
}

void RecentProjects::clear()
{
    store({});
}

bool RecentProjects::reopenAtStart()
{
    return QSettings().value(kReopenKey, true).toBool();
}

void RecentProjects::setReopenAtStart(bool on)
{
    QSettings().setValue(kReopenKey, on);
}

QString RecentProjects::last()
{
    const QStringList existing = files();
    return existing.isEmpty() ? QString() : existing.first();
}

} // namespace AscendDeck
