#include "WeightsSyncResult.h"

namespace AscendDeck {

QString WeightsTargetOutcome::stateName(State state)
{
    switch (state) {
    case State::NotStarted: return QStringLiteral("not-started");
    case State::Verified: return QStringLiteral("verified");
    case State::Conflicts: return QStringLiteral("conflicts");
    case State::Failed: return QStringLiteral("failed");
    case State::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

bool WeightsSyncResult::ok() const
{
    return !refused && !cancelled && !targets.isEmpty()
           && std::all_of(targets.begin(), targets.end(), [](const WeightsTargetOutcome &t) {
                  return t.state == WeightsTargetOutcome::State::Verified;
              });
}

bool WeightsSyncResult::hasConflicts() const
{
    return std::any_of(targets.begin(), targets.end(), [](const WeightsTargetOutcome &t) {
        return t.state == WeightsTargetOutcome::State::Conflicts;
    });
}

nlohmann::ordered_json WeightsSyncResult::toJson(bool overwrite) const
{
    nlohmann::ordered_json json;
    json["event"] = "result";
    json["dir"] = before.dir.toStdString();
    if (!before.servers.isEmpty())
        json["reference"] = before.reference().target.displayName().toStdString();
    json["ok"] = ok();
    json["refused"] = refused;
    json["cancelled"] = cancelled;
    json["rounds"] = rounds;
    json["elapsed_ms"] = elapsedMs;
    json["overwrite"] = overwrite;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const WeightsTargetOutcome &target : targets) {
        nlohmann::ordered_json item;
        item["server"] = target.target.displayName().toStdString();
        item["state"] = WeightsTargetOutcome::stateName(target.state).toStdString();
        item["source"] = target.source.toStdString();
        item["round"] = target.round;
        item["files_transferred"] = target.filesTransferred;
        item["bytes_sent"] = target.bytesSent;
        if (!target.error.isEmpty())
            item["error"] = target.error.toStdString();
        nlohmann::ordered_json differences = nlohmann::ordered_json::array();
        for (const WeightsDifference &difference : target.differences)
            differences.push_back({{"path", difference.path.toStdString()},
                                   {"kind", WeightsDifference::kindName(difference.kind).toStdString()}});
        item["differences"] = differences;
        list.push_back(item);
    }
    json["targets"] = list;
    nlohmann::ordered_json found = nlohmann::ordered_json::array();
    for (const Finding &finding : findings)
        found.push_back(finding.toJson());
    json["findings"] = found;
    return json;
}

} // namespace AscendDeck
