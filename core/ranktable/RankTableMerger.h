#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace AscendDeck {

// Merges per-server rank tables into the cluster's one, working on the JSON itself so that keys it does
// not know (device_port, host_ip, ...) pass through in their original order, as they do in merge_hccl.py.
//
// Reference mode reproduces merge_hccl.py byte for byte: server lists concatenated in argument order,
// rank_id renumbered 0..N-1 across all of them, server_count the SUM of the inputs' server_count fields
// (not the list length), version "1.0", and super_pod_list dropped.
// AscendDeck mode differs only where the script's output would be refused by MindIE or HCCL: a missing or
// empty container_ip is set to the server_id (what the seed report does by hand), server_count is the
// real number of servers, a server present in two inputs is an error, and v1.2 inputs keep their version
// and super_pod_list. For the output of hccl_tools.py both modes write the same bytes.
class RankTableMerger
{
    Q_DECLARE_TR_FUNCTIONS(RankTableMerger)

public:
    enum class Mode { Reference, AscendDeck };

    struct Input
    {
        QString name; // for messages, usually the file name
        QByteArray data;
    };

    struct Result
    {
        QByteArray json; // Python json.dump(indent=4) layout, no trailing newline
        QString fileName; // hccl_<S>s_<P>p.json
        long long serverCount = 0;
        int rankCount = 0;
    };

    static std::optional<Result> merge(const QList<Input> &inputs, Mode mode, QString *error);

private:
    using Json = nlohmann::ordered_json;

    static bool load(const Input &input, Json *table, QString *error);
    static bool declaredServerCount(const Input &input, const Json &table, long long *count, QString *error);
    static bool renumber(const Input &input, Json *servers, int *nextRank, QString *error);
    static Json withContainerIp(const Json &server);
    static bool checkUniqueServers(const QList<Input> &inputs, const QList<Json> &tables, QString *error);
    static bool mergedVersion(const QList<Input> &inputs, const QList<Json> &tables, QString *version,
                              QString *error);
    static Json mergedSuperPods(const QList<Json> &tables);
};

} // namespace AscendDeck
