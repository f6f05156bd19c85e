#include "ServerProbe.h"

#include "remote/SessionPool.h"

#include <QRegularExpression>

namespace AscendDeck {

namespace {
RemoteCommand probeCommand(const QStringList &argv)
{
    RemoteCommand command;
    command.argv = argv;
    command.timeoutMs = 30000;
    return command;
}
} // namespace

CommandResult ServerProbe::run(SessionPool &pool, const SshTarget &target, const CancelToken &cancel)
{
    const CommandResult hostname = pool.run(target, probeCommand({QStringLiteral("hostname")}), cancel);
    if (!hostname.ran())
        return hostname;
    const CommandResult kernel = pool.run(target, probeCommand({QStringLiteral("uname"), QStringLiteral("-r")}), cancel);
    // "client_ip client_port server_ip server_port": the address the other servers can reach it at.
    const CommandResult connection =
        pool.run(target, probeCommand({QStringLiteral("printenv"), QStringLiteral("SSH_CONNECTION")}), cancel);
    const CommandResult version = pool.run(
        target, probeCommand({QStringLiteral("cat"), QStringLiteral("/usr/local/Ascend/driver/version.info")}), cancel);
    const CommandResult mapping =
        pool.run(target, probeCommand({QStringLiteral("npu-smi"), QStringLiteral("info"), QStringLiteral("-m")}).asRoot(), cancel);
    CommandResult result = hostname;
    for (const CommandResult *part : {&kernel, &connection, &version, &mapping}) {
        if (!part->ran())
            return *part;
    }
    result.payload = QVariant::fromValue(parse(hostname.out, kernel.out, version.ok() ? version.out : QByteArray(),
                                               mapping.ok() ? mapping.out : QByteArray()));
    ServerFacts facts = result.payload.value<ServerFacts>();
    const QStringList fields = QString::fromUtf8(connection.out).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    facts.address = fields.size() >= 3 ? fields.at(2) : target.host;
    result.payload = QVariant::fromValue(facts);
    result.durationMs = hostname.durationMs + kernel.durationMs + connection.durationMs + version.durationMs + mapping.durationMs;
    return result;
}

ServerFacts ServerProbe::parse(const QByteArray &hostname, const QByteArray &kernel, const QByteArray &versionInfo,
                               const QByteArray &npuSmiMapping)
{
    ServerFacts facts;
    facts.hostname = QString::fromUtf8(hostname).trimmed();
    facts.kernel = QString::fromUtf8(kernel).trimmed();
    static const QRegularExpression versionLine(QStringLiteral("^Version=(\\S+)"), QRegularExpression::MultilineOption);
    const auto version = versionLine.match(QString::fromUtf8(versionInfo));
    if (version.hasMatch())
        facts.driverVersion = version.captured(1);
    // `npu-smi info -m` rows: NPU ID, Chip ID, Chip Logic ID, Chip Name; the Mcu row has no logic id.
    static const QRegularExpression chipRow(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(.+?)\\s*$"),
                                            QRegularExpression::MultilineOption);
    auto rows = chipRow.globalMatch(QString::fromUtf8(npuSmiMapping));
    while (rows.hasNext()) {
        const auto row = rows.next();
        ++facts.npuCount;
        facts.chipName = row.captured(4).remove(QStringLiteral("Ascend")).trimmed();
    }
    return facts;
}

} // namespace AscendDeck
