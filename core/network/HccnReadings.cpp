#include "HccnReadings.h"

#include "ascend/HccnToolParser.h"

#include <QJsonArray>

namespace AscendDeck {

const HccnNpuReadings *HccnServerReadings::npu(int id) const
{
    for (const HccnNpuReadings &n : npus) {
        if (n.npu == id)
            return &n;
    }
    return nullptr;
}

QStringList HccnServerReadings::errors() const
{
    QStringList result;
    for (const HccnNpuReadings &n : npus) {
        if (!n.error.isEmpty())
            result.append(QCoreApplication::translate("HccnReadings", "%1 NPU %2: %3").arg(host).arg(n.npu).arg(n.error));
    }
    return result;
}

QJsonObject HccnServerReadings::toJson() const
{
    QJsonArray array;
    for (const HccnNpuReadings &n : npus) {
        QJsonObject npu{{QStringLiteral("npu"), n.npu},         {QStringLiteral("address"), n.address},
                        {QStringLiteral("netmask"), n.netmask}, {QStringLiteral("gateway"), n.gateway},
                        {QStringLiteral("netdetect"), n.netdetect}, {QStringLiteral("tls"), n.tls}};
        if (!n.error.isEmpty())
            npu.insert(QStringLiteral("error"), n.error);
        array.append(npu);
    }
    return QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("npus"), array}};
}

HccnServerReadings HccnServerReadings::fromJson(const QJsonObject &json)
{
    HccnServerReadings readings;
    readings.host = json.value(QStringLiteral("host")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("npus")).toArray()) {
        const QJsonObject o = value.toObject();
        HccnNpuReadings n;
        n.npu = o.value(QStringLiteral("npu")).toInt(-1);
        n.address = o.value(QStringLiteral("address")).toString();
        n.netmask = o.value(QStringLiteral("netmask")).toString();
        n.gateway = o.value(QStringLiteral("gateway")).toString();
        n.netdetect = o.value(QStringLiteral("netdetect")).toString();
        n.tls = o.value(QStringLiteral("tls")).toInt(-1);
        n.error = o.value(QStringLiteral("error")).toString();
        readings.npus.append(n);
    }
    return readings;
}

HccnNpuReadings HccnReadingsParser::parse(int npu, const QByteArray &ip, const QByteArray &gateway,
                                          const QByteArray &netdetect, const QByteArray &tls)
{
    HccnNpuReadings readings;
    readings.npu = npu;
    QStringList errors;
    ParseError error;
    const QList<HccnIp> ips = HccnToolParser::parseIp(ip, &error);
    if (error.isError())
        errors << tr("-ip -g: %1").arg(error.toString());
    if (!ips.isEmpty()) {
        readings.address = ips.first().address;
        readings.netmask = ips.first().netmask;
    }
    error = {};
    const QList<HccnGateway> gateways = HccnToolParser::parseGateway(gateway, &error);
    if (error.isError())
        errors << tr("-gateway -g: %1").arg(error.toString());
    else if (!gateways.isEmpty())
        readings.gateway = gateways.first().gateway;
    error = {};
    const QStringList detects = HccnToolParser::parseNetdetect(netdetect, &error);
    if (error.isError())
        errors << tr("-netdetect -g: %1").arg(error.toString());
    else if (!detects.isEmpty())
        readings.netdetect = detects.first();
    error = {};
    const QList<HccnTls> tlsList = HccnToolParser::parseTls(tls, &error);
    if (error.isError() || tlsList.isEmpty())
        errors << tr("-tls -g: %1").arg(error.isError() ? error.toString() : tr("no output"));
    else
        readings.tls = tlsList.first().enabled ? 1 : 0;
    readings.error = errors.join(QStringLiteral("; "));
    return readings;
}

} // namespace AscendDeck
