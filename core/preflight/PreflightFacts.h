#pragma once

#include "ModelFolder.h"
#include "ascend/NpuSmiInfo.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace AscendDeck {

// `df -B1 --output=avail,size,file` for one path.
struct DiskSpace
{
    qint64 availBytes = -1;
    qint64 sizeBytes = -1;
};

// Everything the preflight rules look at for one server, as read over SSH. An *Error field holds what
// went wrong reading that fact (command missing, non-zero exit), so that a rule can tell "not there"
// from "could not look".
struct PreflightFacts
{
    QString host;                 // as the user typed it: every finding names it
    QString connectError;         // non-empty: the server was not reached and nothing below is valid

    bool npuSmiOk = false;
    QString npuSmiError;
    NpuSmiInfo npuSmi;

    QString driverVersion;        // driver/version.info Version=; empty when absent
    QString driverError;
    QString firmwareVersion;
    QString firmwareError;

    std::optional<bool> hwHiAiUser; // nullopt: getent could not answer

    QString firewalldState;       // systemctl is-active: active, inactive, unknown, ...
    QString dockerState;

    QStringList images;           // "repo:tag" as docker images lists them
    QString imagesError;
    bool imageInspected = false;  // docker image inspect found the chosen image
    QString imageCannVersion;     // its cann.version label; empty when unlabelled
    QString imageError;

    QMap<QString, DiskSpace> disks; // keyed by the path given to df; missing paths are absent

    ModelFolder model;

    bool reachable() const { return connectError.isEmpty(); }
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::PreflightFacts)
