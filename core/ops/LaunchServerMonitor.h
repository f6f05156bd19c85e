#pragma once

#include "engine/EngineSettings.h"
#include "engine/LogDiagnosis.h"
#include "base/Finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// Reads one server's engine log during a launch: the diagnosis of each line, whether the engine logged that
// it is up, and its first error. Pure: fed line by line.
class LaunchServerMonitor
{
public:
    // waitsForReadyLine is false for a vLLM headless worker: it logs nothing when its ranks are up; the head
    // only starts serving once every worker joined, so the head's readiness is the worker's too.
    explicit LaunchServerMonitor(EngineSettings::Kind kind = EngineSettings::Kind::MindIE,
                                 bool waitsForReadyLine = true);

    struct Event
    {
        std::optional<Finding> finding; // the first line of a known pattern
        bool becameReady = false;          // this line completed the ready sequence
    };
    Event feedLine(const QString &line);
    // MindIE's modelWeightPath as the generated config.json names it; see LogDiagnosis.
    void setConfiguredWeightPath(const QString &containerPath) { m_diagnosis.setConfiguredWeightPath(containerPath); }

    bool waitsForReadyLine() const { return m_waitsForReadyLine; }
    bool readyLineSeen() const { return m_readyLineSeen; }
    std::optional<Finding> firstError() const;
    QList<Finding> findings() const { return m_diagnosis.findings(); }

    // Patterns that report another failure's effect (a peer died, a worker exited) rather than a cause: when
    // several servers fail, the one with a cause is the one to blame.
    static bool isConsequence(const QString &patternId);

private:
    bool checkReady(const QString &line);

    EngineSettings::Kind m_kind;
    bool m_waitsForReadyLine;
    LogDiagnosis m_diagnosis;
    bool m_startupComplete = false;
    bool m_readyLineSeen = false;
    std::optional<Finding> m_firstError;
};

} // namespace AscendDeck
