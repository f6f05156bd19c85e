#pragma once

#include <QFile>
#include <QString>
#include <QTest>

namespace AscendDeck::MonitorFixtures {

// tests/fixtures/monitor: the real vLLM /metrics sample (verbatim copy from samples/real) and scrapes
// rendered by the simulated engines (tests/sim/engine/scheduler.py) for what no real sample shows:
// MindIE's names, vLLM V1's, TTFT histograms, two scrapes for rates.
inline QByteArray read(const QString &name)
{
    const QString path = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

} // namespace AscendDeck::MonitorFixtures
