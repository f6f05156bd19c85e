#pragma once

#include "project/Project.h"
#include "remote/CancelToken.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

class PreflightLog;
class SessionPool;

// Where each server stands, step by step, read fresh from the servers after a project is opened: the NPU
// network (settings equal to the plan?), the rank table (the file on the server byte-equal to the generated
// one, mode 0640?), the engine config (MindIE's config.json equal?), the weights (present, and every shard
// the index names there), and the engine container (running, stopped, failed, not deployed). The same read
// lists the drift, item by item (each NPU setting and deployed file that is not what the project says), so
// `status` reads every server once. Read-only.
class DeploymentStatus
{
public:
    enum class Step { Preflight, Network, RankTable, EngineConfig, Weights, Engine };
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
    // One difference between a server and the project: "npu 3 ip", "/etc/ascenddeck/ranktable.json".
    struct DriftItem
    {
        QString server;
        QString what;
        QString expected;
        QString actual;
    };
    struct Report
    {
        QList<ServerStatus> servers;
        QList<DriftItem> drift;
        int unreachable = 0;  // servers that could not be read (their ServerStatus::error says why)
        // The first step, in wizard order, that needs attention on any server (one click goes there);
        // false when every step is Done or not applicable.
        bool firstAttention(Step *step) const;
        // {"in_sync", "drift": [...], "errors": [...], "attention", "servers": [...]}
        nlohmann::ordered_json toJson() const;
    };

    // The preflight step of every server from the log of its runs: Missing (never checked here), Failed (the
    // last run found errors), Stale (older than maxAge: drivers and containers change), else Done. Only a
    // failed preflight asks for attention: a cluster deployed from the CLI may never have run it here.
    // Likewise the engine: stopped or not launched yet is shown, only a failed engine asks for attention.
    static void addPreflight(Report *report, const PreflightLog &log, const QDateTime &now, qint64 maxAgeSecs = 7 * 24 * 3600);
    // Blocking (run it inside a job); a cancelled read reports the servers it had not finished as Unknown.
    static Report read(SessionPool *pool, const Project &project, const CancelToken &cancel = {});

    static QString stepKey(Step step);    // "network", "rank_table", ... (JSON keys, stable)
    static QString stateKey(State state); // "done", "stale", ...
    static bool needsAttention(Step step, State state);
    static QList<Step> steps();  // in wizard order
};

} // namespace AscendDeck
