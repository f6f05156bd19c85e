#include "DeploymentStatus.h"

#include "ModelFolderReader.h"
#include "NetworkReader.h"
#include "ProjectTargets.h"

#include "preflight/PreflightLog.h"

#include "engine/EngineSettings.h"
#include "jobs/ServerJob.h"
#include "network/HccnCommandRenderer.h"
#include "network/HccnPlan.h"
#include "project/ProjectExport.h"
#include "remote/SessionPool.h"

#include <QMap>
#include <QObject>

namespace AscendDeck {

namespace {
using Step = DeploymentStatus::Step;
using State = DeploymentStatus::State;
using StepStatus = DeploymentStatus::StepStatus;

constexpr int kRankTableMode = 0640;

// "40 s", "12 min", "3 h", "2 d": how long ago, as the admin reads it at a glance.
QString ageText(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    if (secs < 60)
        return QObject::tr("%1 s").arg(secs);
    if (secs < 3600)
        return QObject::tr("%1 min").arg(secs / 60);
    if (secs < 48 * 3600)
        return QObject::tr("%1 h").arg(secs / 3600);
    return QObject::tr("%1 d").arg(secs / 86400);
}

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
    QList<HccnCommand> networkDiffs;  // what the setters would change: the planned value and the one read
    struct File
    {
        bool exists = false;
        int mode = 0;
        QByteArray bytes;
    };
    QMap<QString, File> files;  // by remote path, for each of ProjectExport::deployedFiles
    ModelFolder weights;
    bool containerExists = false;
    QString containerStatus;  // docker's State.Status: running, exited, created, ...
    int containerExitCode = 0;
};

CommandResult readFile(SessionPool &pool, const SshTarget &target, const QString &path, const CancelToken &cancel, Observed::File *file)
{
    RemoteCommand stat;
    stat.argv = {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path};
    const CommandResult statted = pool.run(target, stat.asRoot(), cancel);
    if (!statted.ran() || !statted.ok())
        return statted.ran() ? okResult() : statted;
    file->exists = true;
    file->mode = QString::fromUtf8(statted.out).trimmed().toInt(nullptr, 8);
    RemoteCommand cat;
    cat.argv = {QStringLiteral("cat"), path};
    const CommandResult read = pool.run(target, cat.asRoot(), cancel);
    if (read.ran())
        file->bytes = read.out;
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

StepStatus judgeFile(Step step, const Observed::File &actual, const QByteArray &expected, const QString &path)
{
    if (!actual.exists)
        return {step, State::Missing, QObject::tr("%1 is not on the server").arg(path)};
    if (actual.bytes != expected)
        return {step, State::Stale, QObject::tr("%1 differs from the generated file (%2 bytes on the server, %3 generated)")
                                        .arg(path).arg(actual.bytes.size()).arg(expected.size())};
    if (step == Step::RankTable && actual.mode != kRankTableMode)
        return {step, State::Stale, QObject::tr("%1 has mode %2, not 640").arg(path).arg(actual.mode, 0, 8)};
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

StepStatus judgeNetwork(const Observed &o)
{
    if (!o.planned)
        return {Step::Network, State::NotApplicable, QObject::tr("no NPU network plan for this server")};
    if (o.networkDiffs.isEmpty())
        return {Step::Network, State::Done, QObject::tr("every NPU as planned")};
    const HccnCommand &first = o.networkDiffs.first();
    return {Step::Network, State::Stale, QObject::tr("%1 NPU settings differ from the plan, first %2")
                                             .arg(o.networkDiffs.size())
                                             .arg(QObject::tr("NPU %1 %2 is %3, planned %4").arg(first.npu).arg(first.setting, first.from, first.to))};
}

QList<StepStatus> judge(const Project &project, const QList<ProjectExport::DeployedFile> &files, const Observed &o)
{
    QList<StepStatus> steps{judgeNetwork(o)};
    if (!project.engine) {
        for (Step step : {Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine})
            steps.append({step, State::NotApplicable, QObject::tr("no engine in the project")});
        return steps;
    }
    const EngineSettings &settings = *project.engine;
    StepStatus table{Step::RankTable, State::NotApplicable, QObject::tr("the engine needs no rank table")};
    StepStatus config{Step::EngineConfig, State::NotApplicable, QObject::tr("the engine takes its settings on the command line")};
    for (const ProjectExport::DeployedFile &file : files) {
        StepStatus &status = file.rankTable ? table : config;
        status = judgeFile(status.step, o.files.value(file.remotePath), file.content, file.remotePath);
    }
    steps << table << config << judgeWeights(o.weights, settings.modelPath) << judgeEngine(o, settings.containerName);
    return steps;
}

// The drift items of one server: each NPU setting off the plan, each deployed file not as generated.
QList<DeploymentStatus::DriftItem> driftOf(const QString &server, const QList<ProjectExport::DeployedFile> &files, const Observed &o)
{
    QList<DeploymentStatus::DriftItem> items;
    for (const HccnCommand &command : o.networkDiffs)
        items.append({server, QObject::tr("npu %1 %2").arg(command.npu).arg(command.setting), command.to, command.from});
    for (const ProjectExport::DeployedFile &file : files) {
        const Observed::File actual = o.files.value(file.remotePath);
        if (actual.bytes != file.content)
            items.append({server, file.remotePath, QObject::tr("%1 bytes as generated").arg(file.content.size()),
                          actual.exists ? QObject::tr("%1 bytes, different").arg(actual.bytes.size()) : QObject::tr("missing")});
    }
    return items;
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

bool DeploymentStatus::needsAttention(Step step, State state)
{
    // A preflight never run here (a cluster deployed from the CLI) or an engine stopped or not launched yet
    // are states the admin chose; a failure is what needs them.
    if (step == Step::Preflight || step == Step::Engine)
        return state == State::Failed;
    return state == State::Stale || state == State::Missing || state == State::Failed;
}

QList<DeploymentStatus::Step> DeploymentStatus::steps()
{
    return {Step::Preflight, Step::Network, Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine};
}

void DeploymentStatus::addPreflight(Report *report, const PreflightLog &log, const QDateTime &now, qint64 maxAgeSecs)
{
    for (ServerStatus &server : report->servers) {
        const std::optional<PreflightLog::Entry> entry = log.entry(server.server);
        StepStatus status{Step::Preflight, State::Missing, QObject::tr("the preflight checks have not run from this console")};
        if (entry) {
            const qint64 age = entry->at.secsTo(now);
            const QString when = QObject::tr("%1 UTC, %2 ago").arg(entry->at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), ageText(age));
            if (entry->errors > 0)
                status = {Step::Preflight, State::Failed, QObject::tr("failed at %1 (errors: %2, warnings: %3)").arg(when).arg(entry->errors).arg(entry->warnings)};
            else if (age > maxAgeSecs)
                status = {Step::Preflight, State::Stale, QObject::tr("passed at %1: run it again").arg(when)};
            else
                status = {Step::Preflight, State::Done, QObject::tr("passed at %1 (warnings: %2)").arg(when).arg(entry->warnings)};
        }
        server.steps.prepend(status);
    }
}

bool DeploymentStatus::Report::firstAttention(Step *step) const
{
    for (Step candidate : steps()) {
        for (const ServerStatus &server : servers) {
            const StepStatus *s = server.step(candidate);
            if (s && needsAttention(candidate, s->state)) {
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
    case Step::Preflight: return QStringLiteral("preflight");
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
    out["in_sync"] = drift.isEmpty() && unreachable == 0;
    out["drift"] = nlohmann::ordered_json::array();
    for (const DriftItem &item : drift)
        out["drift"].push_back({{"server", item.server.toStdString()}, {"what", item.what.toStdString()},
                                {"expected", item.expected.toStdString()}, {"actual", item.actual.toStdString()}});
    out["errors"] = nlohmann::ordered_json::array();
    for (const ServerStatus &server : servers) {
        if (!server.error.isEmpty())
            out["errors"].push_back(server.error.toStdString());
    }
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

DeploymentStatus::Report DeploymentStatus::read(SessionPool *pool, const Project &project, const CancelToken &cancelRead)
{
    const ProjectExport::Result generated = ProjectExport::build(project);
    const QList<SshTarget> targets = ProjectTargets::of(project);
    QList<Observed> observed(targets.size());
    const QList<CommandResult> results = ServerJob::runAll(pool, targets, [&](SessionPool &p, const SshTarget &target, const CancelToken &cancel) {
        const int index = static_cast<int>(targets.indexOf(target));
        Observed &o = observed[index];
        if (const HccnServerPlan *plan = project.network.isEmpty() ? nullptr : project.network.server(target.host)) {
            QList<int> npus;
            for (const HccnNpuPlan &npu : plan->npus)
                npus << npu.npu;
            const CommandResult read = NetworkReader::run(p, target, npus, cancel);
            if (!read.ran())
                return read;
            o.planned = true;
            o.networkDiffs = HccnCommandRenderer::diff(*plan, NetworkReader::readings(read));
        }
        if (!project.engine)
            return okResult();
        for (const ProjectExport::DeployedFile &file : ProjectExport::deployedFiles(project, generated, index)) {
            const CommandResult read = readFile(p, target, file.remotePath, cancel, &o.files[file.remotePath]);
            if (!read.ran())
                return read;
        }
        const CommandResult weights = ModelFolderReader::read(p, target, project.engine->modelPath, cancel, &o.weights);
        return weights.ran() ? readContainer(p, target, project.engine->containerName, cancel, &o) : weights;
    }, cancelRead);
    Report report;
    for (int i = 0; i < targets.size(); ++i) {
        ServerStatus server;
        server.server = targets.at(i).displayName();
        if (!results.at(i).ran()) {
            ++report.unreachable;
            server.error = results.at(i).errorString;
            for (Step step : {Step::Network, Step::RankTable, Step::EngineConfig, Step::Weights, Step::Engine})
                server.steps.append({step, State::Unknown, server.error});
        } else {
            const QList<ProjectExport::DeployedFile> files = ProjectExport::deployedFiles(project, generated, i);
            server.steps = judge(project, files, observed.at(i));
            report.drift << driftOf(server.server, files, observed.at(i));
        }
        report.servers << server;
    }
    return report;
}

} // namespace AscendDeck
