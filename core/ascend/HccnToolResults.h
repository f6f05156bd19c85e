#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// What the hccn_tool getters print. A getter's output may hold one record per device when it was run in a
// `for i in {0..7}` loop, so each parser returns a list in output order.

// -ip -g: "ipaddr:A" then "netmask:M". Empty output means no address is set.
struct HccnIp
{
    QString address;
    QString netmask;
};

// -gateway -g: "default gateway:G, Iface:ethN"
struct HccnGateway
{
    QString gateway;
    QString iface;
};

// -vnic -g (Atlas A3): "vnic link status: UP", "vnic ipaddr: A", "vnic netmask: M". The vNIC address is
// the NPU's address inside the super pod: the device_ip of an A3 rank table.
struct HccnVnic
{
    bool linkUp = false;
    QString address;
    QString netmask;
};

// -lldp -g: the switch port facing the NPU, plus what else the switch told us.
struct HccnLldpNeighbour
{
    QString portIfname;        // Port ID TLV "Ifname:", e.g. 400GE1/1/20:2
    QString chassisId;         // Chassis ID TLV, e.g. "MAC: ..."
    QString systemDescription; // may span lines
    QString managementAddress; // Management Address TLV, e.g. "IPv4: 26.1.2.3"
};

// -tls -g: "dev_id:0, tls switch[0](...), tls preconfigured[1](...), tls alarm time threshold[60]days"
struct HccnTls
{
    int deviceId = -1;
    bool enabled = false;
    bool preconfigured = false;
    int alarmThresholdDays = -1;
};

// -ping -g address X: one block per device.
struct HccnPing
{
    int deviceId = -1;
    QString target;
    QList<double> rttMs;   // one per reply line, in order
    int transmitted = -1;  // -1 when the summary line is missing (output cut)
    int received = -1;
    double lossPercent = -1;
};

} // namespace AscendDeck
