#pragma once

#include "EngineCluster.h"
#include "EngineSettings.h"

#include <QByteArray>

namespace AscendDeck {

// The shell script that (re)starts the engine container on one server. Every word goes through shellJoin,
// one docker option per line; the same settings and cluster give the same bytes, so exports diff cleanly.
class LaunchScript
{
public:
    static QByteArray render(const EngineSettings &settings, const EngineCluster &cluster, int nodeIndex);
};

} // namespace AscendDeck
