#pragma once

#include "PreflightFacts.h"

#include <QByteArray>
#include <QStringList>

namespace AscendDeck {

// The small outputs PreflightRunner reads (df, systemctl, docker, version.info), turned into facts.
class PreflightFactsParser
{
public:
    // `df -B1 --output=avail,size,file P...`: the header line, then "AVAIL SIZE PATH" per readable path.
    static QMap<QString, DiskSpace> parseDf(const QByteArray &out);
    // `systemctl is-active A B ...`: one state a line, in the order asked; missing lines are "unknown".
    static QStringList parseIsActive(const QByteArray &out, int services);
    // `docker images --format '{{.Repository}}:{{.Tag}}'`.
    static QStringList parseImages(const QByteArray &out);
    // Version= of a driver or firmware version.info (empty when absent or unreadable).
    static QString parseVersionInfo(const QByteArray &out);
    // "repo" and "repo:latest" are the same image; so are "docker.io/library/x" and "x".
    static QString normalizeImage(const QString &image);
};

} // namespace AscendDeck
