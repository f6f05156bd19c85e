#pragma once

#include "ranktable/DeviceSelection.h"
#include "ranktable/RankTable.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace AscendDeck {

// Builds one server's rank table from its NPUs' addresses, as hccl_tools.py does on that server: devices
// in the selection's order, rank_id 0..n-1, host_nic_ip "reserve", server_count "1". The per-server
// tables are then merged by RankTableMerger.
class RankTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RankTableBuilder)

public:
    struct Input
    {
        QString serverIp;
        // MindIE needs container_ip. The seed report sets it to the server ip by hand, and so does the
        // script, so that is the default; a container with its own address (not --net=host) sets it here.
        QString containerIp;
        QMap<int, QString> deviceIps; // physical device id -> device ip (hccn.conf address_N)
        DeviceSelection devices = DeviceSelection::allEight();
        // A3 super pods (v1.2): super_device_id per physical device id and the pod this server is in.
        // Leave both empty for a v1.0 table.
        QMap<int, QString> superDeviceIds;
        QString superPodId;
    };

    static std::optional<RankTable> build(const Input &input, QString *error);
    // The server entry every generator starts from: server_id the server ip, container_ip the given one or
    // the server ip, host_nic_ip "reserve"; empty (and *error set) when an address is not IPv4.
    static std::optional<RankTableServer> serverEntry(const QString &serverIp, const QString &containerIp, QString *error);
    // hccl_<n>p_<logical ids>_<server ip>.json, the name the script saves under.
    static QString fileName(const Input &input);

private:
    static bool checkInput(const Input &input, QString *error);
    static bool addDevice(const Input &input, int physicalId, RankTableServer *server, QString *error);
};

} // namespace AscendDeck
