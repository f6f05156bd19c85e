#include "DeploymentStatus.h"

#include "ModelFolderReader.h"
#include "NetworkReader.h"
#include "ProjectTargets.h"

#include "engine/EngineSettings.h"
#include "jobs/ServerJob.h"
#include "network/HccnCommandRenderer.h"
#include "network/HccnPlan.h"
#include "project/ProjectExport.h"
#include "remote/SessionPool.h"

#include <QObject>

namespace AscendDeck {

namespace {
using Step = DeploymentStatus::Step;
using State = DeploymentStatus::State;
using StepStatus = DeploymentStatus::StepStatus;

constexpr int kRankTableMode = 0640;

CommandResult okResult()
{
    CommandResult result;
    result.exitStatus = 0;
    return result;
}

// What one server's reads found; judged afterwards on the owner's side, so the remote part stays small.
struct Observed
{
    bool planned = false;
    int networkDiffs = 0;
    QString firstDiff;
    bool rankTableExists = false;
    int rankTableMode = 0;
    QByteArray rankTable;
    bool configExists = false;
    QByteArray config;
    ModelFolder weights;
    bool containerExists = false;
    QString containerStatus;  // docker's State.Status: running, exited, created, ...
    int containerExitCode = 0;
};

CommandResult readFile(SessionPool &pool, const SshTarget &target, const QString &path, const CancelToken &cancel,
                       bool *exists, QByteArray *bytes, int *mode)
{
    RemoteCommand stat;
    stat.argv = {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path};
    const CommandResult statted = pool.run(target, stat.asRoot(), cancel);
    if (!statted.ran() || !statted.ok())
        return statted.ran() ? okResult() : statted;
    *exists = true;
    if (mode)
        *mode = QString::fromUtf8(statted.out).trimmed().toInt(nullptr, 8);
    RemoteCommand cat;
    cat.argv = {QStringLiteral("cat"), path};
    const CommandResult read = pool.run(target, cat.asRoot(), cancel);
    if (read.ran())
        *bytes = read.out;
    return read.ran() ? okResult() : read;
}

CommandResult readContainer(SessionPool &pool, const SshTarget &target, const QString &name, const CancelToken &cancel, Observed *o)
{
    RemoteCommand inspect;
    inspect.argv = {QStringLiteral("docker"), QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{.State.Status}} {{.State.ExitCode}}"), name};
    const CommandResult result = pool.run(target, inspect.asDocker(), cancel);
    if (!result.ran())
        return result;
    if (result.ok()) {
        const QStringList words = QString::fromUtf8(result.out).simplified().split(QLatin1Char(' '));
        o->containerExists = true;
        o->containerStatus = words.value(0);
        o->containerExitCode = words.value(1).toInt();
    }
    return okResult();
}

StepStatus judgeFile(Step step, bool exists, const QByteArray &actual, const QByteArray &expected, const QString &path)
{
    if (!exists)
        return {step, State::Missing, QObject::tr("%1 is not on the server").arg(path)};
    if (actual != expected)
        return {step, State::Stale, QObject::tr("%1 differs from the generated file (%2 bytes on the server, %3 generated)")
                                        .arg(path).arg(actual.size()).arg(expected.size())};
    return {step, State::Done, path};
}

StepStatus judgeWeights(const ModelFolder &folder, const QString &path)
{
    if (!folder.exists)
        return {Step::Weights, State::Missing, QObject::tr("%1 is not on the server").arg(path)};
    if (!folder.hasConfig)
        return {Step::Weights, State::Stale, QObject::tr("%1 has no config.json").arg(path)};
    QStringList missing;
    for (const QString &shard : folder.indexShards) {
        if (!folder.entry(shard))
            missing << shard;
    }
    if (!missing.isEmpty())
        return {Step::Weights, State::Stale, QObject::tr("%1 of the %2 shards the index names are missing, first %3")
                                                 .arg(missing.size()).arg(folder.indexShards.size()).arg(missing.first())};
    return {Step::Weights, State::Done, QObject::tr("%1 files, %2 GB").arg(folder.entries.size()).arg(folder.totalFileBytes() / 1e9, 0, 'f', 1)};
}

StepStatus judgeEngine(const Observed &o, const QString &name)
{
    if (!o.containerExists)
        return {Step::Engine, State::Missing, QObject::tr("no container %1").arg(name)};
    if (o.containerStatus == QLatin1String("running"))
        return {Step::Engine, State::Done, QObject::tr("%1 running").arg(name)};
    if (o.containerStatus == QLatin1String("exited") && o.containerExitCode != 0)
        return {Step::Engine, State::Failed, QObject::tr("%1 exited with code %2").arg(name).arg(o.containerExitCode)};
    return {Step::Engine, State::Stale, QObject::tr("%1 %2").arg(name, o.containerStatus)};
}

QList<StepStatus> judge(const Project &project, const ProjectExport::Result &generated, int index, const Observed &o)
{
    QList<StepStatus> steps;
    if (!o.planned)
        steps.append({Step::Network, State::NotApplicable, QObject::tr("no NPU network plan for this server")});
    else if (o.networkDiffs > 0)
        steps.append({Step::Network, State::Stale, QObject::tr("%1 NPU settings differ from the plan, first %2").arg(o.networkDiffs).arg(o.firstDiff)});
    else
        steps.append({Step::Network, State::Done, QObject::tr("every NPU as planned")});
    if (!project.engine) {
        for (Step step : {Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine})
            steps.append({step, State::NotApplicable, QObject::tr("no engine in the project")});
        return steps;
    }
    const EngineSettings &settings = *project.engine;
    QByteArray rankTable;
    for (auto it = generated.files.cbegin(); it != generated.files.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ranktable/")))
            rankTable = it.value();
    }
    if (rankTable.isEmpty()) {
        steps.append({Step::RankTable, State::NotApplicable, QObject::tr("the engine needs no rank table")});
    } else {
        StepStatus table = judgeFile(Step::RankTable, o.rankTableExists, o.rankTable, rankTable, settings.rankTablePath);
        if (table.state == State::Done && o.rankTableMode != kRankTableMode)
            table = {Step::RankTable, State::Stale, QObject::tr("%1 has mode %2, not 640").arg(settings.rankTablePath).arg(o.rankTableMode, 0, 8)};
        steps.append(table);
    }
    const QString config = QStringLiteral("engine/%1/config.json").arg(project.servers.at(index).host);
    if (settings.kind == EngineSettings::Kind::MindIE && generated.files.contains(config))
        steps.append(judgeFile(Step::EngineConfig, o.configExists, o.config, generated.files.value(config), settings.mindieConfigHostPath));
    else
        steps.append({Step::EngineConfig, State::NotApplicable, QObject::tr("the engine takes its settings on the command line")});
    steps.append(judgeWeights(o.weights, settings.modelPath));
    steps.append(judgeEngine(o, settings.containerName));
    return steps;
}
} // namespace

const DeploymentStatus::StepStatus *DeploymentStatus::ServerStatus::step(Step which) const
{
    for (const StepStatus &s : steps) {
        if (s.step == which)
            return &s;
    }
    return nullptr;
}

bool DeploymentStatus::needsAttention(State state)
{
    return state == State::Stale || state == State::Missing || state == State::Failed;
}

bool DeploymentStatus::Report::firstAttention(Step *step) const
{
    for (Step candidate : {Step::Network, Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine}) {
        for (const ServerStatus &server : servers) {
            const StepStatus *s = server.step(candidate);
            if (s && needsAttention(s->state)) {
                *step = candidate;
                return true;
            }
        }
    }
    return false;
}

QString DeploymentStatus::stepKey(Step step)
{
    switch (step) {
    case Step::Network: return QStringLiteral("network");
    case Step::RankTable: return QStringLiteral("rank_table");
    case Step::EngineConfig: return QStringLiteral("engine_config");
    case Step::Weights: return QStringLiteral("weights");
    case Step::Engine: return QStringLiteral("engine");
    }
    return {};
}

QString DeploymentStatus::stateKey(State state)
{
    switch (state) {
    case State::Done: return QStringLiteral("done");
    case State::Stale: return QStringLiteral("stale");
    case State::Missing: return QStringLiteral("missing");
    case State::Failed: return QStringLiteral("failed");
    case State::NotApplicable: return QStringLiteral("not_applicable");
    case State::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

nlohmann::ordered_json DeploymentStatus::Report::toJson() const
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    Step step;
    out["attention"] = firstAttention(&step) ? nlohmann::ordered_json(stepKey(step).toStdString()) : nlohmann::ordered_json();
    out["servers"] = nlohmann::ordered_json::array();
    for (const ServerStatus &server : servers) {
        nlohmann::ordered_json entry;
        entry["server"] = server.server.toStdString();
        if (!server.error.isEmpty())
            entry["error"] = server.error.toStdString();
        nlohmann::ordered_json steps = nlohmann::ordered_json::object();
        for (const StepStatus &s : server.steps)
            steps[stepKey(s.step).toStdString()] = {{"state", stateKey(s.state).toStdString()}, {"detail", s.detail.toStdString()}};
        entry["steps"] = steps;
        out["servers"].push_back(entry);
    }
    return out;
}

DeploymentStatus::Report DeploymentStatus::read(SessionPool *pool, const Project &project)
{
    const ProjectExport::Result generated = ProjectExport::build(project);
    const QList<SshTarget> targets = ProjectTargets::of(project);
    QList<Observed> observed(targets.size());
    const QList<CommandResult> results = ServerJob::runAll(pool, targets, [&](SessionPool &p, const SshTarget &target, const CancelToken &cancel) {
        Observed &o = observed[static_cast<int>(targets.indexOf(target))];
        if (const HccnServerPlan *plan = project.network.isEmpty() ? nullptr : project.network.server(target.host)) {
            QList<int> npus;
            for (const HccnNpuPlan &npu : plan->npus)
                npus << npu.npu;
            const CommandResult read = NetworkReader::run(p, target, npus, cancel);
            if (!read.ran())
                return read;
            const QList<HccnCommand> diffs = HccnCommandRenderer::diff(*plan, NetworkReader::readings(read));
            o.planned = true;
            o.networkDiffs = static_cast<int>(diffs.size());
            if (!diffs.isEmpty())
                o.firstDiff = QObject::tr("NPU %1 %2 is %3, planned %4").arg(diffs.first().npu).arg(diffs.first().setting, diffs.first().from, diffs.first().to);
        }
        if (!project.engine)
            return okResult();
        const EngineSettings &settings = *project.engine;
        CommandResult step = readFile(p, target, settings.rankTablePath, cancel, &o.rankTableExists, &o.rankTable, &o.rankTableMode);
        if (step.ran() && settings.kind == EngineSettings::Kind::MindIE)
            step = readFile(p, target, settings.mindieConfigHostPath, cancel, &o.configExists, &o.config, nullptr);
        if (step.ran())
            step = ModelFolderReader::read(p, target, settings.modelPath, cancel, &o.weights);
        if (step.ran())
            step = readContainer(p, target, settings.containerName, cancel, &o);
        return step;
    });
    Report report;
    for (int i = 0; i < targets.size(); ++i) {
        ServerStatus server;
        server.server = targets.at(i).displayName();
        if (!results.at(i).ran()) {
            server.error = results.at(i).errorString;
            for (Step step : {Step::Network, Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine})
                server.steps.append({step, State::Unknown, server.error});
        } else {
            server.steps = judge(project, generated, i, observed.at(i));
        }
        report.servers << server;
    }
    return report;
}

} // namespace AscendDeck
