#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// What the hccn_tool getters report for one NPU now. Empty strings: not set; tls -1: unknown.
struct HccnNpuReadings
{
    int npu = 0;
    QString address;
    QString netmask;
    QString gateway;
    QString netdetect;
    int tls = -1;
    QString error; // why (some of) it could not be read; empty when all getters answered

    bool operator==(const HccnNpuReadings &other) const
    {
        return npu == other.npu && address == other.address && netmask == other.netmask &&
               gateway == other.gateway && netdetect == other.netdetect && tls == other.tls && error == other.error;
    }
};

// One server's readings: what NetworkReader returns and what a backup holds.
struct HccnServerReadings
{
    QString host;
    QList<HccnNpuReadings> npus;

    const HccnNpuReadings *npu(int id) const;
    QStringList errors() const;
    // {"host", "npus": [{"npu", "address", "netmask", "gateway", "netdetect", "tls", "error"?}]}, keys sorted
    // (as the backups of earlier releases have them). fromJson is lenient: what is missing stays empty.
    nlohmann::json toJson() const;
    static HccnServerReadings fromJson(const nlohmann::json &json);
};

// Turns the output of the four getters of one NPU into readings.
class HccnReadingsParser
{
    Q_DECLARE_TR_FUNCTIONS(HccnReadingsParser)

public:
    static HccnNpuReadings parse(int npu, const QByteArray &ip, const QByteArray &gateway, const QByteArray &netdetect,
                                 const QByteArray &tls);
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::HccnServerReadings)
