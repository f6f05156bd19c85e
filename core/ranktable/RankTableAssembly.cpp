#include "RankTableAssembly.h"

#include "ascend/HccnConfParser.h"
#include "ranktable/RankTableBuilder.h"
#include "ranktable/RankTableMerger.h"
#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/RankTableWriter.h"

#include <QObject>

namespace AscendDeck {

bool RankTableAssembly::Result::hasErrors() const
{
    if (!error.isEmpty())
        return true;
    for (const Finding &finding : findings) {
        if (finding.isError())
            return true;
    }
    return false;
}

RankTableAssembly::Result RankTableAssembly::assemble(const QList<ServerInput> &servers)
{
    Result result;
    QList<RankTableMerger::Input> perServer;
    RankTableValidator::HccnReadings readings;
    for (const ServerInput &server : servers) {
        ParseError parseError;
        const HccnConf conf = HccnConfParser::parse(server.hccnConf, &parseError);
        if (parseError.isError()) {
            result.error = QObject::tr("%1: /etc/hccn.conf: %2").arg(server.serverIp, parseError.toString());
            return result;
        }
        RankTableBuilder::Input input;
        input.serverIp = server.serverIp;
        for (auto it = conf.npus.cbegin(); it != conf.npus.cend(); ++it) {
            if (!it->address.isEmpty()) {
                input.deviceIps.insert(it.key(), it->address);
                readings[server.serverIp].insert(it.key(), it->address);
            }
        }
        QString error;
        const std::optional<RankTable> table = RankTableBuilder::build(input, &error);
        if (!table) {
            result.error = QObject::tr("%1: %2").arg(server.serverIp, error);
            return result;
        }
        perServer.append({RankTableBuilder::fileName(input), RankTableWriter::toBytes(*table)});
    }
    QString error;
    const auto merged = RankTableMerger::merge(perServer, RankTableMerger::Mode::AscendDeck, &error);
    if (!merged) {
        result.error = error;
        return result;
    }
    result.json = merged->json;
    result.fileName = merged->fileName;
    const std::optional<RankTable> parsed = RankTableParser::parse(result.json, &error);
    if (!parsed) {
        result.error = error;
        return result;
    }
    result.findings = RankTableValidator::validate(*parsed, readings);
    return result;
}

RankTableAssembly::Result RankTableAssembly::assembleMasterFirst(QList<ServerInput> servers, int masterIndex)
{
    if (masterIndex > 0 && masterIndex < servers.size())
        servers.move(masterIndex, 0);
    return assemble(servers);
}

QString RankTableAssembly::hccnConfPath()
{
    return QStringLiteral("/etc/hccn.conf");
}

QStringList RankTableAssembly::readHccnConfArgv()
{
    return {QStringLiteral("cat"), hccnConfPath()};
}

} // namespace AscendDeck
