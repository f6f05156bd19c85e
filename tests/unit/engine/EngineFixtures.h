#pragma once

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace AscendDeck::EngineFixtures {

// tests/fixtures/engine: the real samples (verbatim copies) and the hand-checked expected artifacts of the
// 2-node 2x8 910B DeepSeek-R1 deployment.
inline QString path(const QString &name)
{
    return qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/engine/") + name;
}

inline QByteArray read(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path(name)));
    return file.readAll();
}

inline nlohmann::ordered_json json(const QString &name)
{
    const QByteArray data = read(name);
    return nlohmann::ordered_json::parse(data.constBegin(), data.constEnd());
}

inline EngineCluster cluster()
{
    QString error;
    EngineCluster c = EngineCluster::fromJson(json(QStringLiteral("cluster-2x8-910b.json")), &error);
    if (!error.isEmpty())
        qFatal("bad cluster fixture: %s", qPrintable(error));
    return c;
}

inline EngineSettings settings(const QString &name)
{
    QString error;
    EngineSettings s = EngineSettings::fromJson(json(name), &error);
    if (!error.isEmpty())
        qFatal("bad settings fixture: %s", qPrintable(error));
    return s;
}

inline EngineSettings mindieSettings() { return settings(QStringLiteral("settings-mindie-deepseek-r1.json")); }
inline EngineSettings vllmSettings() { return settings(QStringLiteral("settings-vllm-deepseek-r1.json")); }

} // namespace AscendDeck::EngineFixtures
