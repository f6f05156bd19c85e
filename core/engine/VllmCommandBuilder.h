#pragma once

#include "EngineCluster.h"
#include "EngineSettings.h"
#include "EnvList.h"
#include "base/Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

// `vllm serve` for a multi-node vLLM-Ascend deployment (data parallel across servers, tensor parallel inside
// one): the head on the master and a --headless worker on every other server, each with its own
// data-parallel start rank and its own NIC in the environment. Ranks go master first, then the other nodes
// in cluster order.
class VllmCommandBuilder
{
    Q_DECLARE_TR_FUNCTIONS(VllmCommandBuilder)

public:
    VllmCommandBuilder(const EngineSettings &settings, const EngineCluster &cluster);

    QStringList argv(int nodeIndex) const;
    EnvList environment(int nodeIndex) const;
    // Layout problems that would make the engines wait for each other forever or not fit.
    QList<Finding> check() const;

    int localDataParallel() const;
    int startRank(int nodeIndex) const;
    // The additional config as one compact JSON word; empty (and *ok false) when it is not JSON.
    static QString compactJson(const QString &text, bool *ok);

private:
    void appendParallelArgs(int nodeIndex, QStringList *args) const;
    void checkLayout(QList<Finding> *out) const;
    void checkNics(QList<Finding> *out) const;
    int masterIndex() const;

    EngineSettings m_settings;
    EngineCluster m_cluster;
};

} // namespace AscendDeck
