#pragma once

#include "ascend/HccnToolResults.h"
#include "ascend/NpuSpodInfo.h"
#include "ranktable/RankTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// Builds one Atlas A3 server's v1.2 rank table from what its dies report, the way the A3 scripts in the
// field do it (hccn_tool -i N -vnic -g for device_ip, npu-smi info -t spod-info for super_device_id and
// the pod): die N is device_id N and rank_id N, server_id and host_ip are the server's address, and the
// server forms its own entry of super_pod_list. RankTableMerger then joins the servers' tables.
class SuperPodRankTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SuperPodRankTableBuilder)

public:
    struct Input
    {
        QString serverIp;
        QString containerIp;       // default: the server ip (docker --net=host)
        QList<HccnVnic> vnics;     // die 0, 1, ... in order
        QList<NpuSpodInfo> spods;  // the same dies, same order
    };

    // error must not be null.
    static std::optional<RankTable> build(const Input &input, QString *error);
    // hccl_a3_<n>p_<server ip>.json
    static QString fileName(const Input &input);

private:
    static bool checkInput(const Input &input, QString *error);
};

} // namespace AscendDeck
