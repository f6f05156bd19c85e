#pragma once

#include "base/Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

// The ids and titles of every preflight check, and the constructors the rules use to report.
class PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    static const QString HostReachable;
    static const QString NpuCount;
    static const QString NpuHealth;
    static const QString DriverPresent;
    static const QString FirmwarePresent;
    static const QString DriverCann;
    static const QString HwHiAiUser;
    static const QString DockerRunning;
    static const QString DockerImage;
    static const QString FirewalldStopped;
    static const QString SharedMemory;
    static const QString DiskSpace;
    static const QString ModelPresent;
    static const QString ModelConfig;
    static const QString ModelSymlinks;
    static const QString ModelConsistent;

    static QStringList ids();
    static QString title(const QString &id);

    static Finding pass(const QString &id, const QString &host, const QString &message, int npu = -1);
    static Finding warn(const QString &id, const QString &host, const QString &message, const QString &fix,
                        int npu = -1);
    static Finding fail(const QString &id, const QString &host, const QString &message, const QString &fix,
                        int npu = -1);
    // "678.0 GB": decimal units, as df -H and vendors' model cards print them.
    static QString gigabytes(qint64 bytes);
    // "a, b, c and 4 more": keeps a message readable when a folder of 163 shards differs everywhere.
    static QString shortList(const QStringList &items, int shown = 3);
};

} // namespace AscendDeck
