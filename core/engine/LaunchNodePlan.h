#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// One file the launch writes on a server before starting its engine (config.json, rank table).
struct LaunchFile
{
    QString remotePath;
    QByteArray data;      // empty when it could not be generated yet (dry run without the servers' readings)
    int mode = 0640;      // MindIE refuses its inputs when anyone but the owner may write them
    QString description;
};

// Everything the launch does on one server, as plain argv lists so that the preview shows exactly what runs.
struct LaunchNodePlan
{
    int node = 0;                   // index in the cluster (and in the targets)
    QString address;
    QString role;                   // "master", "worker", "head", "single"
    int wave = 0;                   // servers of one wave start together, after the previous wave's
    QList<QStringList> prepare;     // e.g. mkdir -p of the folders the files go to
    QList<LaunchFile> files;
    QStringList removeArgv;         // docker rm -f NAME: a leftover container of that name blocks docker run
    QStringList runArgv;            // docker run -d ...
    QStringList logsArgv;           // docker logs -f NAME, followed for the engine's lifetime
    QStringList stopArgv;           // docker stop -t N NAME
    QStringList removeAfterStopArgv; // docker rm -f NAME
    // How the server runs them, as its session found out while reading (for the preview): root work (the
    // folders, the uploads) through sudo, docker through sudo (not a root login, not in the docker group).
    bool rootThroughSudo = false;
    bool dockerThroughSudo = false;
};

} // namespace AscendDeck
