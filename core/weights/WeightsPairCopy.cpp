#include "WeightsPairCopy.h"

#include "WeightsRemote.h"

#include "base/ShellQuote.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

#include <QCoreApplication>

namespace AscendDeck {

namespace {
struct WeightsPairCopyText
{
    Q_DECLARE_TR_FUNCTIONS(WeightsPairCopy)
};

// The name rsync is told to connect to; the ssh options say where that really is.
const char kTargetAlias[] = "ascenddeck-target";
} // namespace

WeightsPairCopy::WeightsPairCopy(SessionPool *pool, QString dir, QString marker, bool overwrite,
                                 int bandwidthLimitKiB)
    : m_pool(pool)
    , m_dir(std::move(dir))
    , m_marker(std::move(marker))
    , m_overwrite(overwrite)
    , m_bandwidthLimitKiB(bandwidthLimitKiB)
{
}

QString WeightsPairCopy::failureText(const SshTarget &server, const QString &what, const QString &detail) const
{
    return WeightsPairCopyText::tr("%1: %2 failed: %3").arg(server.displayName(), what, detail.trimmed());
}

bool WeightsPairCopy::createKey(const SshTarget &source, Key *key, QString *error, const CancelToken &cancel) const
{
    const CommandResult result = m_pool->run(source, WeightsRemote::createKey(m_marker), cancel);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!result.ok() || lines.size() < 2) {
        *error = failureText(source, WeightsPairCopyText::tr("creating the temporary key (ssh-keygen)"),
                             result.ran() ? QString::fromUtf8(result.err) : result.errorString);
        return false;
    }
    key->dir = lines.at(0);
    key->publicKey = lines.at(1);
    return true;
}

void WeightsPairCopy::removeKey(const SshTarget &source, const Key &key) const
{
    if (!key.dir.isEmpty())
        m_pool->run(source, WeightsRemote::removeKey(key.dir));
}

bool WeightsPairCopy::prepareSource(const SshTarget &source, const Key &key, const SshTarget &target, QString *shell,
                                    QString *serverCommand, QString *error, const CancelToken &cancel) const
{
    // The target's host key and login user, as the console's own session to it checked and used them.
    const std::shared_ptr<SshSession> session = m_pool->session(target);
    const CommandResult connected = session->ensureConnected(cancel);
    if (!connected.ran()) {
        *error = connected.errorString;
        return false;
    }
    const CommandResult written = m_pool->run(
        source, WeightsRemote::writeKnownHosts(key.dir, QString::fromLatin1(kTargetAlias) + QLatin1Char(' ')
                                                            + session->hostKey()), cancel);
    if (!written.ok()) {
        *error = failureText(source, WeightsPairCopyText::tr("writing the target's host key"),
                             written.ran() ? QString::fromUtf8(written.err) : written.errorString);
        return false;
    }
    // Where the console itself connected (an alias of its ~/.ssh/config means nothing on the source).
    *shell = WeightsRemote::rsyncShell(key.dir, session->loginUser(), session->resolvedPort()) + QStringLiteral(" -o ")
             + shellQuote(QStringLiteral("HostName=") + session->resolvedHost());
    const QStringList arguments = WeightsRemote::rsyncArguments(m_dir, QString::fromLatin1(kTargetAlias), m_dir,
                                                                m_overwrite, m_bandwidthLimitKiB);
    const CommandResult recorded = m_pool->run(source, WeightsRemote::recordServerCommand(arguments), cancel);
    *serverCommand = QString::fromUtf8(recorded.out).trimmed();
    if (!recorded.ok() || !serverCommand->startsWith(QLatin1String("rsync --server "))) {
        *error = failureText(source, WeightsPairCopyText::tr("running rsync"),
                             recorded.ran() ? WeightsPairCopyText::tr("is rsync installed? %1")
                                                  .arg(QString::fromUtf8(recorded.err))
                                            : recorded.errorString);
        return false;
    }
    return true;
}

WeightsPairCopy::Outcome WeightsPairCopy::copy(const SshTarget &source, const Key &key, const SshTarget &target,
                                               const CancelToken &cancel, const Progress &progress) const
{
    Outcome outcome;
    QString shell;
    QString serverCommand;
    if (!prepareSource(source, key, target, &shell, &serverCommand, &outcome.error, cancel)) {
        outcome.cancelled = cancel.isCancelled();
        return outcome;
    }
    const CommandResult authorized = m_pool->run(
        target, WeightsRemote::authorize(WeightsRemote::authorizedKeysLine(key.publicKey, serverCommand, m_marker)),
        cancel);
    const bool created = authorized.out.contains("created");
    if (!authorized.ok()) {
        outcome.error = failureText(target, WeightsPairCopyText::tr("authorizing the temporary key"),
                                    authorized.ran() ? QString::fromUtf8(authorized.err) : authorized.errorString);
        // It may have been written before the failure was seen.
        m_pool->run(target, WeightsRemote::revoke(m_marker, created));
        return outcome;
    }
    WeightsRsyncProgress parsed;
    QByteArray errors;
    const QStringList arguments = WeightsRemote::rsyncArguments(m_dir, QString::fromLatin1(kTargetAlias), m_dir,
                                                                m_overwrite, m_bandwidthLimitKiB);
    const CommandResult result = m_pool->session(source)->stream(
        WeightsRemote::runRsync(key.dir, arguments, shell),
        [&](const QByteArray &chunk) {
            if (parsed.add(chunk) && progress)
                progress(parsed);
        },
        [&](const QByteArray &chunk) { errors += chunk; }, cancel);
    if (!result.ok())
        m_pool->run(source, WeightsRemote::stopRsync(key.dir)); // the channel is gone; rsync may not be
    m_pool->run(target, WeightsRemote::revoke(m_marker, created));
    outcome.filesTransferred = parsed.filesTransferred();
    outcome.literalBytes = parsed.literalBytes();
    outcome.cancelled = result.error == RemoteError::Cancelled;
    outcome.ok = result.ok();
    if (!outcome.ok && !outcome.cancelled)
        outcome.error = failureText(source, WeightsPairCopyText::tr("rsync to %1").arg(target.displayName()),
                                    result.ran() ? QString::fromUtf8(errors.right(2000)) : result.errorString);
    return outcome;
}

} // namespace AscendDeck
