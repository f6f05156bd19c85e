#include "NpuSnapshot.h"

#include "ascend/NpuSmiInfoParser.h"
#include "monitor/NpuStreamDecoder.h"
#include "remote/SessionPool.h"

#include <QDateTime>

namespace AscendDeck {

RemoteCommand NpuSnapshot::command(const QString &npuSmi)
{
    // npu-smi takes ~0.5 s on a loaded server; a minute means the driver hangs.
    return RemoteCommand::fromArgv({npuSmi, QStringLiteral("info")}, 60000).asRoot();
}

bool NpuSnapshot::read(const QByteArray &output, qint64 timeMs, QList<NpuRecord> *records, QString *error)
{
    ParseError parseError;
    const NpuSmiInfo info = NpuSmiInfoParser::parse(output, &parseError);
    if (parseError.isError()) {
        *error = parseError.toString();
        return false;
    }
    if (info.chips.isEmpty()) {
        *error = tr("npu-smi info lists no NPU");
        return false;
    }
    const QList<NpuReading> readings = NpuStreamDecoder::readings(info, timeMs);
    records->clear();
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const NpuChip &chip = info.chips.at(i);
        NpuRecord record;
        record.npuId = readings.at(i).npuId;
        record.chipId = readings.at(i).chipId;
        record.model = chip.name;
        record.memoryIsDdr = !chip.hbmTotalMb.has_value() && chip.memoryTotalMb.has_value();
        record.sample = readings.at(i).sample;
        records->append(record);
    }
    return true;
}

CommandResult NpuSnapshot::sample(SessionPool &pool, const SshTarget &target, const CancelToken &cancel)
{
    CommandResult result = pool.run(target, command(), cancel);
    const QString name = target.displayName();
    if (!result.ran())
        return result;
    // The table decides, not the exit status, as in the console's sampler (its loop never reports one); without
    // a table, the status and the tool's own words say why.
    QList<NpuRecord> records;
    QString error;
    if (!read(result.out, QDateTime::currentMSecsSinceEpoch(), &records, &error)) {
        const QString why = QString::fromUtf8(result.err.isEmpty() ? result.out : result.err).trimmed();
        result.errorString = result.exitStatus != 0
            ? tr("%1: npu-smi info failed (exit status %2): %3").arg(name).arg(result.exitStatus).arg(why)
            : tr("%1: cannot read npu-smi info: %2").arg(name, error);
        return result;
    }
    for (NpuRecord &record : records) {
        record.server = name;
        record.host = target.host;
    }
    result.payload = QVariant::fromValue(records);
    return result;
}

} // namespace AscendDeck
