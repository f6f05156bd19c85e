#pragma once

#include "monitor/NpuRecord.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace AscendDeck {

class SessionPool;

// One blocking sample of a server's NPUs: the body of NpuSampler's loop (`npu-smi info`) run once, read with
// the same parser and turned into the same figures (NpuStreamDecoder::readings). For `monitor --once` and for
// the first sample before the sampler's stream delivers.
class NpuSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(NpuSnapshot)

public:
    static RemoteCommand command(const QString &npuSmi = QStringLiteral("npu-smi"));
    // The records of one `npu-smi info` output, server and host left empty. False, with a message, when the
    // output is not an npu-smi table or lists no NPU.
    static bool read(const QByteArray &output, qint64 timeMs, QList<NpuRecord> *records, QString *error);
    // Runs the command on target and reads it. On success the payload holds the QList<NpuRecord> (host set,
    // server = target.displayName()); otherwise the payload is empty and errorString names the server.
    static CommandResult sample(SessionPool &pool, const SshTarget &target, const CancelToken &cancel = {});
    static QList<NpuRecord> records(const CommandResult &result) { return result.payload.value<QList<NpuRecord>>(); }
};

} // namespace AscendDeck
