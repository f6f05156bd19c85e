#include "ProjectDrift.h"

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
// The deployed files the project generates, keyed by their path on every server.
QMap<QString, QByteArray> deployedFiles(const Project &project, const ProjectExport::Result &generated, int serverIndex)
{
    QMap<QString, QByteArray> files;
    if (!project.engine)
        return files;
    const EngineSettings &settings = *project.engine;
    for (auto it = generated.files.cbegin(); it != generated.files.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ranktable/")))
            files.insert(settings.rankTablePath, it.value());
    }
    const QString config = QStringLiteral("engine/%1/config.json").arg(project.servers.at(serverIndex).host);
    if (settings.kind == EngineSettings::Kind::MindIE && generated.files.contains(config))
        files.insert(settings.mindieConfigHostPath, generated.files.value(config));
    return files;
}

void compareNpus(const HccnServerPlan &plan, const HccnServerReadings &readings, const QString &server, ProjectDrift::Report *report)
{
    for (const HccnCommand &command : HccnCommandRenderer::diff(plan, readings))
        report->items.append({server, QObject::tr("npu %1 %2").arg(command.npu).arg(command.setting), command.to, command.from});
}
} // namespace

nlohmann::ordered_json ProjectDrift::Report::toJson() const
{
    nlohmann::ordered_json out;
    out["in_sync"] = items.isEmpty() && errors.isEmpty();
    out["drift"] = nlohmann::ordered_json::array();
    for (const Item &item : items) {
        nlohmann::ordered_json entry;
        entry["server"] = item.server.toStdString();
        entry["what"] = item.what.toStdString();
        entry["expected"] = item.expected.toStdString();
        entry["actual"] = item.actual.toStdString();
        out["drift"].push_back(entry);
    }
    out["errors"] = nlohmann::ordered_json::array();
    for (const QString &error : errors)
        out["errors"].push_back(error.toStdString());
    return out;
}

ProjectDrift::Report ProjectDrift::read(SessionPool *pool, const Project &project)
{
    Report report;
    const HccnPlan &plan = project.network;
    const bool hasPlan = !plan.isEmpty();
    const ProjectExport::Result generated = ProjectExport::build(project);
    const QList<SshTarget> targets = ProjectTargets::of(project);
    // Per server, one operation: read the NPUs the plan covers, then each deployed file.
    struct Observed { HccnServerReadings readings; QMap<QString, QByteArray> files; };
    QList<Observed> observed(targets.size());
    const QList<CommandResult> results = ServerJob::runAll(pool, targets, [&](SessionPool &p, const SshTarget &target, const CancelToken &cancel) {
        const int index = static_cast<int>(targets.indexOf(target));
        const HccnServerPlan *serverPlan = hasPlan ? plan.server(target.host) : nullptr;
        CommandResult result;
        result.exitStatus = 0;
        if (serverPlan) {
            QList<int> npus;
            for (const HccnNpuPlan &npu : serverPlan->npus)
                npus << npu.npu;
            result = NetworkReader::run(p, target, npus, cancel);
            if (!result.ran())
                return result;
            observed[index].readings = NetworkReader::readings(result);
        }
        const QMap<QString, QByteArray> files = deployedFiles(project, generated, index);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const RemoteCommand cat = RemoteCommand::fromArgv({QStringLiteral("cat"), it.key()}).asRoot();
            const CommandResult file = p.run(target, cat, cancel);
            if (!file.ran())
                return file;
            observed[index].files.insert(it.key(), file.ok() ? file.out : QByteArray());
        }
        return result;
    });
    for (int i = 0; i < targets.size(); ++i) {
        const QString server = targets.at(i).displayName();
        if (!results.at(i).ran()) {
            ++report.unreachable;
            report.errors << results.at(i).errorString;
            continue;
        }
        if (const HccnServerPlan *serverPlan = hasPlan ? plan.server(targets.at(i).host) : nullptr)
            compareNpus(*serverPlan, observed.at(i).readings, server, &report);
        const QMap<QString, QByteArray> files = deployedFiles(project, generated, i);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QByteArray actual = observed.at(i).files.value(it.key());
            if (actual != it.value())
                report.items.append({server, it.key(), QObject::tr("%1 bytes as generated").arg(it.value().size()),
                                     actual.isEmpty() ? QObject::tr("missing") : QObject::tr("%1 bytes, different").arg(actual.size())});
        }
    }
    return report;
}

} // namespace AscendDeck
