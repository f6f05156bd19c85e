#include "ModelRules.h"

#include "PreflightCheck.h"

#include <QDir>
#include <QMap>

namespace AscendDeck {

namespace {
// Path -> size of every file the engine would read (regular files and links to files).
QMap<QString, qint64> fileSizes(const ModelFolder &folder)
{
    QMap<QString, qint64> sizes;
    for (const ModelEntry &entry : folder.entries) {
        if (entry.isFile())
            sizes.insert(entry.path, entry.size);
    }
    return sizes;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString root = QDir::cleanPath(folder);
    return path == root || path.startsWith(root == QLatin1String("/") ? root : root + QLatin1Char('/'));
}

QStringList missingShards(const ModelFolder &folder)
{
    QStringList missing;
    for (const QString &shard : folder.indexShards) {
        const ModelEntry *entry = folder.entry(shard);
        if (!entry || !entry->isFile())
            missing.append(shard);
    }
    return missing;
}

bool hasWeights(const ModelFolder &folder)
{
    for (const ModelEntry &entry : folder.entries) {
        if (entry.isFile() && (entry.path.endsWith(QLatin1String(".safetensors")) || entry.path.endsWith(QLatin1String(".bin"))))
            return true;
    }
    return false;
}
} // namespace

QString ModelRules::missingFolderMessage(const PreflightContext &context, int server)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &path = context.request.modelPath;
    QString message = tr("%1: %2 is missing (%3).").arg(facts.host, path, facts.model.error);
    if (context.referenceModelHost < 0)
        return message;
    // Say whether the copy will fit: 678 GB of DeepSeek-R1 does not fit every /data.
    const qint64 needed = context.servers.at(context.referenceModelHost).model.totalFileBytes();
    const auto parent = facts.disks.constFind(QDir::cleanPath(path + QStringLiteral("/..")));
    message += QLatin1Char(' ') + tr("%1 holds %2 there.").arg(context.servers.at(context.referenceModelHost).host,
                                                              PreflightCheck::gigabytes(needed));
    if (parent != facts.disks.constEnd()) {
        message += QLatin1Char(' ') + (parent->availBytes < needed ? tr("Only %1 is free on %2: it will not fit.")
                                                                   : tr("%1 is free on %2."))
                                          .arg(PreflightCheck::gigabytes(parent->availBytes), parent.key());
    }
    return message;
}

void ModelRules::present(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const ModelFolder &folder = facts.model;
    const QString &id = PreflightCheck::ModelPresent;
    const QString &path = context.request.modelPath;
    const QString copyFix = context.referenceModelHost >= 0
                                ? tr("Copy the folder from %1 to the same path: rsync -a --copy-links %1:%2/ %2/")
                                      .arg(context.servers.at(context.referenceModelHost).host, path)
                                : tr("Download the weights to %1 on every server (the same path everywhere).").arg(path);
    if (!folder.exists) {
        out->append(PreflightCheck::fail(id, facts.host, missingFolderMessage(context, server), copyFix));
        return;
    }
    const QStringList missing = missingShards(folder);
    if (!folder.hasConfig || !hasWeights(folder) || !missing.isEmpty()) {
        const QString what = !folder.hasConfig ? tr("has no config.json")
                             : !missing.isEmpty() ? tr("lacks %1 of the %2 shards its index lists: %3")
                                                        .arg(missing.size()).arg(folder.indexShards.size()).arg(PreflightCheck::shortList(missing))
                                                  : tr("holds no .safetensors or .bin weights");
        out->append(PreflightCheck::fail(id, facts.host, tr("%1: %2 %3.").arg(facts.host, path, what), copyFix));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1: %2 holds %3 files, %4.")
                                                         .arg(facts.host, path).arg(fileSizes(folder).size())
                                                         .arg(PreflightCheck::gigabytes(folder.totalFileBytes()))));
}

void ModelRules::config(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const ModelFolder &folder = facts.model;
    if (!folder.exists || !folder.hasConfig)
        return; // model.present reports it
    const QString &id = PreflightCheck::ModelConfig;
    if (!folder.configError.isEmpty()) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: %2/config.json is not valid JSON: %3")
                                                             .arg(facts.host, folder.path, folder.configError),
                                         tr("Copy config.json again from the model's source.")));
        return;
    }
    const QString quantization = folder.quantization.isEmpty() ? tr("none") : folder.quantization;
    const QString summary = tr("%1: %2, dtype %3, quantization %4.")
                                .arg(facts.host, folder.architecture.isEmpty() ? folder.modelType : folder.architecture,
                                     folder.dtype, quantization);
    // The 910B has no FP8 units: MindIE and vLLM-Ascend need BF16 or W8A8 weights (seed 004). An error, not a
    // warning: the engine fails to load such weights however much memory the layout gives them.
    if (folder.quantization.compare(QLatin1String("fp8"), Qt::CaseInsensitive) == 0) {
        out->append(PreflightCheck::fail(id, facts.host, summary + QLatin1Char(' ') + tr("Ascend NPUs cannot run FP8 weights."),
                                         tr("Use a BF16 conversion or a W8A8 quantisation (msModelSlim) of the model.")));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, summary));
}

void ModelRules::symlinks(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const ModelFolder &folder = facts.model;
    if (!folder.exists)
        return;
    const QString &id = PreflightCheck::ModelSymlinks;
    const QString mount = context.request.effectiveMountPath();
    QStringList escaping;
    QStringList dangling;
    for (const ModelEntry &entry : folder.entries) {
        if (!entry.isLink())
            continue;
        const QString target = folder.resolvedTarget(entry);
        if (entry.targetType == QLatin1Char('N') || entry.targetType == QLatin1Char('L'))
            dangling.append(entry.path);
        else if (!isInside(target, mount))
            escaping.append(entry.path + QStringLiteral(" -> ") + target);
    }
    if (escaping.isEmpty() && dangling.isEmpty()) {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: every file of %2 is inside %3.").arg(facts.host, folder.path, mount)));
        return;
    }
    QStringList problems;
    if (!escaping.isEmpty())
        problems.append(tr("%1 links point outside %2, the folder the container mounts, and will be missing inside "
                           "it: %3").arg(escaping.size()).arg(mount, PreflightCheck::shortList(escaping, 2)));
    if (!dangling.isEmpty())
        problems.append(tr("%1 links are broken: %2").arg(dangling.size()).arg(PreflightCheck::shortList(dangling, 2)));
    out->append(PreflightCheck::fail(id, facts.host, tr("%1: %2").arg(facts.host, problems.join(QStringLiteral("; "))),
                                     tr("Move the real files into the folder on %1: cd %2 && for f in $(find . -maxdepth 2 -type l); do "
                                        "t=$(readlink -f \"$f\") && rm \"$f\" && mv \"$t\" \"$f\"; done. Or mount the "
                                        "link targets into the container too, or download with the tool's local-dir "
                                        "option so that it writes no cache links.").arg(facts.host, folder.path)));
}

void ModelRules::consistent(const PreflightContext &context, int server, QList<Finding> *out)
{
    const int reference = context.referenceModelHost;
    const PreflightFacts &facts = context.servers.at(server);
    if (reference < 0 || !facts.model.exists || context.servers.size() < 2)
        return; // nothing to compare: model.present reports a missing folder
    const QString &id = PreflightCheck::ModelConsistent;
    const PreflightFacts &ref = context.servers.at(reference);
    if (server == reference) {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: its %2 is the reference the other servers are compared with.")
                                                             .arg(facts.host, context.request.modelPath)));
        return;
    }
    const QMap<QString, qint64> mine = fileSizes(facts.model);
    const QMap<QString, qint64> theirs = fileSizes(ref.model);
    QStringList missing, extra, differing;
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
        if (!mine.contains(it.key()))
            missing.append(it.key());
        else if (mine.value(it.key()) != it.value())
            differing.append(tr("%1 (%2 bytes, %3 has %4)").arg(it.key()).arg(mine.value(it.key())).arg(ref.host).arg(it.value()));
    }
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        if (!theirs.contains(it.key()))
            extra.append(it.key());
    }
    if (missing.isEmpty() && extra.isEmpty() && differing.isEmpty()) {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: %2 matches %3 (%4 files, same sizes).")
                                                             .arg(facts.host, context.request.modelPath, ref.host).arg(mine.size())));
        return;
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems.append(tr("missing %1").arg(PreflightCheck::shortList(missing)));
    if (!extra.isEmpty())
        problems.append(tr("extra %1").arg(PreflightCheck::shortList(extra)));
    if (!differing.isEmpty())
        problems.append(tr("different size %1").arg(PreflightCheck::shortList(differing, 2)));
    out->append(PreflightCheck::fail(id, facts.host, tr("%1: %2 differs from %3's: %4.")
                                                         .arg(facts.host, context.request.modelPath, ref.host, problems.join(QStringLiteral("; "))),
                                     tr("Copy the folder again from %1 (rsync -a --copy-links --delete %1:%2/ %2/) and "
                                        "compare checksums (sha256sum) if the sizes already match.").arg(ref.host, context.request.modelPath)));
}

} // namespace AscendDeck
