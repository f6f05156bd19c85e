#pragma once

#include "PreflightContext.h"
#include "base/Finding.h"

#include <QCoreApplication>

namespace AscendDeck {

// Checks of the host around the NPUs: SSH, the HwHiAiUser account, Docker and the image, firewalld,
// shared memory and disk space.
class HostRules
{
    Q_DECLARE_TR_FUNCTIONS(HostRules)

public:
    // Engines put tensors in /dev/shm (torch multiprocessing, MindIE's IPC); with --ipc=host the
    // container uses the host's.
    static constexpr qint64 minSharedMemory = 16LL * 1024 * 1024 * 1024;
    // An engine image is ~20 GB unpacked, plus container logs; below this a docker load fails half way.
    static constexpr qint64 minDockerFree = 10LL * 1000 * 1000 * 1000;
    static constexpr qint64 comfortableDockerFree = 50LL * 1000 * 1000 * 1000;

    static void reachable(const PreflightContext &context, int server, QList<Finding> *out);
    static void hwHiAiUser(const PreflightContext &context, int server, QList<Finding> *out);
    static void dockerRunning(const PreflightContext &context, int server, QList<Finding> *out);
    static void dockerImage(const PreflightContext &context, int server, QList<Finding> *out);
    static void firewalld(const PreflightContext &context, int server, QList<Finding> *out);
    static void sharedMemory(const PreflightContext &context, int server, QList<Finding> *out);
    static void diskSpace(const PreflightContext &context, int server, QList<Finding> *out);
};

} // namespace AscendDeck
