#pragma once

#include "LogPattern.h"

#include <QCoreApplication>
#include <QList>

namespace AscendDeck {

// The known engine and HCCL failures, from the seeds' field reports, the real MindIE logs in
// samples/real/, public vLLM-Ascend issues and the lines tests/sim/engine prints. Order matters: a line is
// attributed to the first pattern that matches, so the specific ones come before the generic ones.
class LogPatternTable
{
    Q_DECLARE_TR_FUNCTIONS(LogPatternTable)

public:
    static const QList<LogPattern> &patterns();

private:
    static QList<LogPattern> build();
    static void addNetwork(QList<LogPattern> *table);
    static void addMindieStart(QList<LogPattern> *table);
    static void addResources(QList<LogPattern> *table);
    static void addVllm(QList<LogPattern> *table);
    static void addHost(QList<LogPattern> *table);
    static void addConsequences(QList<LogPattern> *table);
};

} // namespace AscendDeck
