#include "HccnBatch.h"

#include "network/HccnCommandRenderer.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>

namespace AscendDeck {

namespace {
const QByteArray kBegin("@@ascenddeck-hccn-begin\n");
const QByteArray kEnd("\n@@ascenddeck-hccn-end ");

// $1 is the tool; then per call its argument count and its arguments. The blank echo makes sure the end marker
// starts a line even when the tool's output does not end with a newline; split() removes it again.
const char kScript[] = "t=$1; shift\n"
                       "while [ $# -gt 0 ]; do\n"
                       "  k=$1; shift\n"
                       "  echo @@ascenddeck-hccn-begin\n"
                       "  case $k in\n"
                       "    4) \"$t\" \"$1\" \"$2\" \"$3\" \"$4\" 2>&1;;\n"
                       "    6) \"$t\" \"$1\" \"$2\" \"$3\" \"$4\" \"$5\" \"$6\" 2>&1;;\n"
                       "    *) echo \"bad argument count $k\"; false;;\n"
                       "  esac\n"
                       "  rc=$?\n"
                       "  echo; echo \"@@ascenddeck-hccn-end $rc\"\n"
                       "  shift \"$k\"\n"
                       "done\n";
} // namespace

RemoteCommand HccnBatch::command(const QList<QStringList> &calls, int timeoutMs)
{
    RemoteCommand command;
    command.argv = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kScript),
                               QStringLiteral("sh"), HccnCommandRenderer::toolPath()};
    for (const QStringList &call : calls)
        command.argv << QString::number(call.size()) << call;
    command.timeoutMs = timeoutMs;
    return command.asRoot(); // hccn_tool needs root, for its getters too
}

bool HccnBatch::split(const QByteArray &out, int count, QList<Output> *outputs)
{
    QList<Output> result;
    qsizetype pos = 0;
    while (pos < out.size()) {
        if (!out.mid(pos).startsWith(kBegin))
            return false;
        const qsizetype start = pos + kBegin.size();
        const qsizetype end = out.indexOf(kEnd, start - 1);
        const qsizetype lineEnd = end < 0 ? -1 : out.indexOf('\n', end + kEnd.size());
        if (end < 0 || lineEnd < 0)
            return false;
        bool ok = false;
        const int status = out.mid(end + kEnd.size(), lineEnd - end - kEnd.size()).toInt(&ok);
        if (!ok)
            return false;
        result.append({status, end >= start ? out.mid(start, end - start + 1) : QByteArray()});
        pos = lineEnd + 1;
    }
    if (result.size() != count)
        return false;
    // The blank echo added one newline: the output is what came before it.
    for (Output &o : result)
        o.out.chop(1);
    *outputs = result;
    return true;
}

CommandResult HccnBatch::run(SessionPool &pool, const SshTarget &target, const QList<QStringList> &calls,
                             const CancelToken &cancel, QList<Output> *outputs)
{
    outputs->clear();
    CommandResult result = pool.run(target, command(calls), cancel);
    if (!result.ran())
        return result;
    if (!split(result.out, static_cast<int>(calls.size()), outputs)) {
        result.error = RemoteError::ChannelFailed;
        result.errorString = QCoreApplication::translate("HccnBatch", "%1: hccn_tool batch output was cut or garbled")
                                 .arg(target.displayName());
    }
    return result;
}

} // namespace AscendDeck
