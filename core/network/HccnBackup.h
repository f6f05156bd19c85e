#pragma once

#include "HccnReadings.h"

#include <QByteArray>
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
    // Written to a temporary file and renamed into place: never a half-written backup.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, HccnBackup *backup, QString *error);
};

} // namespace AscendDeck
