#pragma once

#include <QString>

namespace AscendDeck {

// What the admin is about to launch: the preflight checks the servers against it.
struct PreflightRequest
{
    QString image;          // docker image the engine will run, e.g. ".../mindie:2.1.RC1-800I-A2-..."
    QString modelPath;      // weights folder, the same on every server
    QString mountPath;      // the folder the container mounts (-v X:X); empty = modelPath
    int expectedNpus = 0;   // NPUs each server must have; 0 = any, but the same on every server

    QString effectiveMountPath() const { return mountPath.isEmpty() ? modelPath : mountPath; }
};

} // namespace AscendDeck
