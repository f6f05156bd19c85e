#pragma once

#include "HccnReadings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace AscendDeck {

// What an apply replaced: the readings of every server taken just before the first setter ran. Written
// locally before anything changes, so that a crash half-way through can still be rolled back.
struct HccnBackup
{
    QString created; // ISO 8601, UTC
    QList<HccnServerReadings> servers;

    const HccnServerReadings *server(const QString &host) const;
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &data, HccnBackup *backup, QString *error);
    // Written to a temporary file and renamed into place: never a half-written backup. The folder is created
    // when missing.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, HccnBackup *backup, QString *error);

    // Where an apply saves what it replaces unless told otherwise, the same rule for the console and the CLI:
    // folder/hccn-backup-<UTC yyyyMMdd-HHmmss-zzz>.json (milliseconds, so that two applies within one second
    // never share a backup). The console's folder is consoleFolder(), the CLI's the working directory
    // (an empty folder: the path is the bare file name).
    static QString fileName(const QDateTime &utc);
    static QString defaultPath(const QString &folder, const QDateTime &utc = QDateTime::currentDateTimeUtc());
    // <application data>/backups (~/.local/share/AscendDeck/ascenddeck/backups on Linux).
    static QString consoleFolder();
};

} // namespace AscendDeck
