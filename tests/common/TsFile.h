#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The messages of a Qt Linguist .ts file, for tests that check the translation against the sources or the
// running programs.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or the single translation
    bool unfinished = false;
};

namespace TsFile {
// Every message but the vanished and obsolete ones; *error set when the file cannot be read or parsed.
QList<TsMessage> read(const QString &path, QString *error);
// Source text -> translation, for the finished messages whose translation differs from the source.
QHash<QString, QString> translatedSources(const QList<TsMessage> &messages);
// translations/ascenddeck_zh_CN.ts of the source tree (ASCENDDECK_SOURCE_DIR, set by ctest).
QString zhCnPath();
} // namespace TsFile
