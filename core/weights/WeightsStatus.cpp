#include "WeightsStatus.h"

#include "WeightsRemote.h"

#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QLocale>

namespace AscendDeck {

namespace {
struct WeightsStatusText
{
    Q_DECLARE_TR_FUNCTIONS(WeightsStatus)
};

nlohmann::ordered_json entryJson(const WeightsEntry &entry)
{
    nlohmann::ordered_json json;
    json["path"] = entry.path.toStdString();
    json["size"] = entry.size;
    if (entry.kind == WeightsEntry::Kind::Symlink) {
        json["symlink"] = entry.linkText.toStdString();
        json["resolved"] = entry.resolved.toStdString();
    }
    if (!entry.sha256.isEmpty())
        json["sha256"] = entry.sha256.toStdString();
    return json;
}

nlohmann::ordered_json serverJson(const WeightsServerStatus &server, bool overwrite)
{
    nlohmann::ordered_json json;
    json["server"] = server.target.displayName().toStdString();
    json["reference"] = server.isReference;
    if (!server.error.isEmpty()) {
        json["error"] = server.error.toStdString();
        return json;
    }
    const WeightsInventory &inventory = server.inventory;
    json["exists"] = inventory.exists;
    json["files"] = inventory.payloadCount();
    json["bytes"] = inventory.payloadBytes();
    json["free_bytes"] = inventory.freeBytes;
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const WeightsEntry &entry : inventory.entries) {
        if (entry.isPayload() || entry.kind == WeightsEntry::Kind::Symlink)
            entries.push_back(entryJson(entry));
    }
    json["entries"] = entries;
    if (!server.isReference) {
        json["bytes_to_copy"] = server.comparison.bytesToCopy(overwrite);
        nlohmann::ordered_json differences = nlohmann::ordered_json::array();
        for (const WeightsDifference &difference : server.comparison.differences) {
            differences.push_back({{"path", difference.path.toStdString()},
                                   {"kind", WeightsDifference::kindName(difference.kind).toStdString()},
                                   {"reference_size", difference.referenceSize},
                                   {"size", difference.targetSize}});
        }
        json["differences"] = differences;
    }
    return json;
}
} // namespace

WeightsStatus WeightsStatus::read(SessionPool *pool, const SshTarget &reference, const QList<SshTarget> &targets,
                                  const QString &dir, bool hashes, const CancelToken &cancel)
{
    WeightsStatus status;
    status.dir = dir;
    status.hashed = hashes;
    const QList<SshTarget> all = QList<SshTarget>{reference} + targets;
    const RemoteCommand command = WeightsRemote::inventory(dir, hashes);
    const QList<CommandResult> results = ServerJob::runAll(
        pool, all, [&command](SessionPool &p, const SshTarget &t, const CancelToken &c) { return p.run(t, command, c); },
        cancel);
    for (int i = 0; i < all.size(); ++i) {
        WeightsServerStatus server;
        server.target = all.at(i);
        server.isReference = i == 0;
        const CommandResult &result = results.at(i);
        QString error;
        if (!result.ran())
            server.error = result.errorString;
        else if (!WeightsInventory::parse(result.out, dir, &server.inventory, &error))
            server.error = QStringLiteral("%1: %2 %3").arg(server.target.displayName(), error,
                                                         QString::fromUtf8(result.err).trimmed());
        status.servers << server;
    }
    for (int i = 1; i < status.servers.size(); ++i)
        status.servers[i].comparison = WeightsComparison::compare(status.reference().inventory,
                                                                  status.servers.at(i).inventory);
    return status;
}

bool WeightsStatus::readEverywhere() const
{
    return std::all_of(servers.begin(), servers.end(), [](const WeightsServerStatus &s) { return s.error.isEmpty(); });
}

bool WeightsStatus::hasConflicts() const
{
    return std::any_of(servers.begin(), servers.end(),
                       [](const WeightsServerStatus &s) { return !s.comparison.conflicts().isEmpty(); });
}

bool WeightsStatus::isComplete() const
{
    return readEverywhere() && std::all_of(servers.begin(), servers.end(), [](const WeightsServerStatus &s) {
               return s.comparison.isIdentical() && s.inventory.exists;
           });
}

QList<Finding> WeightsStatus::findings(bool overwrite) const
{
    QList<Finding> found;
    for (const WeightsServerStatus &server : servers) {
        const QString name = server.target.displayName();
        if (!server.error.isEmpty()) {
            found << Finding(Finding::Severity::Error, QStringLiteral("weights.unreadable"), name, -1, dir, server.error);
            continue;
        }
        if (server.isReference && !server.inventory.exists) {
            found << Finding(Finding::Severity::Error, QStringLiteral("weights.reference-missing"), name, -1, dir,
                             WeightsStatusText::tr("%1: the reference folder %2 does not exist").arg(name, dir));
            continue;
        }
        found += server.inventory.linkFindings(name);
        const QList<WeightsDifference> conflicts = server.comparison.conflicts();
        for (const WeightsDifference &conflict : conflicts) {
            const QString what = conflict.kind == WeightsDifference::Kind::SizeDiffers
                                     ? WeightsStatusText::tr("%1 bytes instead of %2")
                                           .arg(conflict.targetSize).arg(conflict.referenceSize)
                                     : WeightsStatusText::tr("other content (sha256)");
            found << Finding(overwrite ? Finding::Severity::Warning : Finding::Severity::Error,
                             QStringLiteral("weights.differs"), name, -1, conflict.path,
                             WeightsStatusText::tr("%1: %2 differs from the reference: %3").arg(name, conflict.path, what),
                             overwrite ? QString()
                                       : WeightsStatusText::tr("Kept as it is; copy with --overwrite to replace it "
                                                               "by the reference's."));
        }
        const int missing = server.comparison.countOf(WeightsDifference::Kind::Missing);
        if (missing > 0) {
            found << Finding(Finding::Severity::Warning, QStringLiteral("weights.missing"), name, -1, dir,
                             WeightsStatusText::tr("%1: %n file(s) of the reference missing (%2)", nullptr, missing)
                                 .arg(name, formatBytes(server.comparison.bytesToCopy(false))));
        }
    }
    return found + diskFindings(overwrite);
}

QList<Finding> WeightsStatus::diskFindings(bool overwrite) const
{
    QList<Finding> found;
    for (const WeightsServerStatus &server : servers) {
        const qint64 needed = server.comparison.bytesToCopy(overwrite);
        const qint64 free = server.inventory.freeBytes;
        if (server.isReference || !server.error.isEmpty() || free < 0 || needed <= free)
            continue;
        const QString name = server.target.displayName();
        found << Finding(Finding::Severity::Error, QStringLiteral("weights.disk-short"), name, -1, dir,
                         WeightsStatusText::tr("%1: not enough disk for %2: %3 bytes to copy, %4 bytes free, %5 bytes "
                                               "(%6) short")
                             .arg(name, dir).arg(needed).arg(free).arg(needed - free).arg(formatBytes(needed - free)),
                         WeightsStatusText::tr("Free at least %1 on the filesystem of %2 on %3, or choose another "
                                               "folder.").arg(formatBytes(needed - free), dir, name));
    }
    return found;
}

nlohmann::ordered_json WeightsStatus::toJson(bool overwrite) const
{
    nlohmann::ordered_json json;
    json["dir"] = dir.toStdString();
    json["hashed"] = hashed;
    json["complete"] = isComplete();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const WeightsServerStatus &server : servers)
        list.push_back(serverJson(server, overwrite));
    json["servers"] = list;
    nlohmann::ordered_json found = nlohmann::ordered_json::array();
    for (const Finding &finding : findings(overwrite))
        found.push_back(finding.toJson());
    json["findings"] = found;
    return json;
}

QString WeightsStatus::formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace AscendDeck
