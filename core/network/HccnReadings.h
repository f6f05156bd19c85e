#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

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
    QJsonObject toJson() const;
    static HccnServerReadings fromJson(const QJsonObject &json);
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
