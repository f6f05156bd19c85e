#include "LaunchServerMonitor.h"

#include "engine/LogPatternTable.h"

namespace AscendDeck {

LaunchServerMonitor::LaunchServerMonitor(EngineSettings::Kind kind, bool waitsForReadyLine)
    : m_kind(kind), m_waitsForReadyLine(waitsForReadyLine)
{
}

bool LaunchServerMonitor::isConsequence(const QString &patternId)
{
    return LogPatternTable::isConsequence(patternId);
}

LaunchServerMonitor::Event LaunchServerMonitor::feedLine(const QString &line)
{
    Event event;
    event.finding = m_diagnosis.feedLine(line);
    if (event.finding && event.finding->isError() && !m_firstError)
        m_firstError = event.finding;
    event.becameReady = checkReady(line);
    return event;
}

// MindIE says "Daemon start success!" on every node; vLLM's API server logs the startup, then uvicorn's
// address: the port is bound only after the second.
bool LaunchServerMonitor::checkReady(const QString &line)
{
    if (m_readyLineSeen || !m_waitsForReadyLine)
        return false;
    if (m_kind == EngineSettings::Kind::MindIE) {
        m_readyLineSeen = line.contains(QLatin1String("Daemon start success!"));
    } else if (line.contains(QLatin1String("Application startup complete."))) {
        m_startupComplete = true;
    } else if (m_startupComplete && line.contains(QLatin1String("Uvicorn running on"))) {
        m_readyLineSeen = true;
    }
    return m_readyLineSeen;
}

std::optional<Finding> LaunchServerMonitor::firstError() const
{
    return m_firstError;
}

} // namespace AscendDeck
