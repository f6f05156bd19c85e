#include "HostNetworks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AscendDeck {

QStringList HostNetworks::fromIpJsonAddr(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = QCoreApplication::translate("HostNetworks", "`ip -j addr` printed no JSON array: %1")
                         .arg(parseError.errorString());
        return {};
    }
    QStringList result;
    for (const QJsonValue &link : doc.array()) {
        if (link.toObject().value(QStringLiteral("ifname")).toString() == QLatin1String("lo"))
            continue;
        for (const QJsonValue &info : link.toObject().value(QStringLiteral("addr_info")).toArray()) {
            const QJsonObject addr = info.toObject();
            if (addr.value(QStringLiteral("family")).toString() != QLatin1String("inet"))
                continue;
            result.append(addr.value(QStringLiteral("local")).toString() + QLatin1Char('/') +
                          QString::number(addr.value(QStringLiteral("prefixlen")).toInt()));
        }
    }
    return result;
}

} // namespace AscendDeck
