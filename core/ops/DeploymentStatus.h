#pragma once

#include "project/Project.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

class SessionPool;

// Where each server stands, step by step, read fresh from the servers after a project is opened: the NPU
// network (settings equal to the plan?), the rank table (the file on the server byte-equal to the generated
// one, mode 0640?), the engine config (MindIE's config.json equal?), the weights (present, and every shard
// the index names there), and the engine container (running, stopped, failed, not deployed). Read-only.
class DeploymentStatus
{
public:
    enum class Step { Network, RankTable, EngineConfig, Weights, Engine };
    // Done: as the project says. Stale: there, but not what the project generates. Missing: not on the
    // server. NotApplicable: the project does not ask for it (no plan, vLLM has no config.json). Unknown:
    // the server could not be read. For the engine, Done is running, Stale stopped, Failed exited with an
    // error, Missing not deployed.
    enum class State { Done, Stale, Missing, Failed, NotApplicable, Unknown };

    struct StepStatus
    {
        Step step = Step::Network;
        State state = State::Unknown;
        QString detail;  // what differs, in words the admin acts on
    };
    struct ServerStatus
    {
        QString server;  // the SshTarget's display name
        QString error;   // why the server could not be read (every step Unknown then)
        QList<StepStatus> steps;
        const StepStatus *step(Step step) const;
    };
    struct Report
    {
        QList<ServerStatus> servers;
        // The first step, in wizard order, that needs attention on any server (one click goes there);
        // false when every step is Done or not applicable.
        bool firstAttention(Step *step) const;
        nlohmann::ordered_json toJson() const;
    };

    static Report read(SessionPool *pool, const Project &project);

    static QString stepKey(Step step);    // "network", "rank_table", ... (JSON keys, stable)
    static QString stateKey(State state); // "done", "stale", ...
    static bool needsAttention(State state);
};

} // namespace AscendDeck
