#include "PreflightRunner.h"

#include "ModelFolderReader.h"
#include "ascend/NpuSmiInfoParser.h"
#include "preflight/PreflightFactsParser.h"
#include "preflight/PreflightRules.h"
#include "remote/SessionPool.h"

#include <QDir>

namespace AscendDeck {

namespace {
RemoteCommand readOnly(const QStringList &argv)
{
    RemoteCommand command;
    command.argv = argv;
    command.timeoutMs = 30000;
    return command;
}

// What a failed command said, for the message of the finding that depends on it.
QString failureText(const CommandResult &result)
{
    const QString err = QString::fromUtf8(result.err).trimmed().section(QLatin1Char('\n'), 0, 0);
    if (!err.isEmpty())
        return err;
    return PreflightRunner::tr("exit status %1").arg(result.exitStatus);
}

// Runs the commands in order and stops at the first that could not run (connection lost, timeout,
// cancel): that result is the server's result.
class Reader
{
public:
    Reader(SessionPool &pool, const SshTarget &target, const CancelToken &cancel)
        : m_pool(pool), m_target(target), m_cancel(cancel)
    {
    }
    bool run(const QStringList &argv, CommandResult *result, RemotePrivilege privilege = RemotePrivilege::Login)
    {
        RemoteCommand command = readOnly(argv);
        command.privilege = privilege;
        *result = m_pool.run(m_target, command, m_cancel);
        m_total += result->durationMs;
        if (!result->ran())
            m_failure = *result;
        return result->ran();
    }
    const CommandResult &failure() const { return m_failure; }
    qint64 totalMs() const { return m_total; }

private:
    SessionPool &m_pool;
    const SshTarget &m_target;
    const CancelToken &m_cancel;
    CommandResult m_failure;
    qint64 m_total = 0;
};

bool readNpus(Reader &reader, PreflightFacts *facts)
{
    CommandResult result;
    if (!reader.run({QStringLiteral("npu-smi"), QStringLiteral("info")}, &result, RemotePrivilege::Root))
        return false;
    if (!result.ok()) {
        facts->npuSmiError = failureText(result);
        return true;
    }
    ParseError error;
    facts->npuSmi = NpuSmiInfoParser::parse(result.out, &error);
    facts->npuSmiOk = !error.isError();
    facts->npuSmiError = error.toString();
    return true;
}

bool readVersion(Reader &reader, const QString &file, QString *version, QString *error)
{
    CommandResult result;
    if (!reader.run({QStringLiteral("cat"), file}, &result, RemotePrivilege::Root))
        return false;
    if (result.ok())
        *version = PreflightFactsParser::parseVersionInfo(result.out);
    if (version->isEmpty())
        *error = result.ok() ? PreflightRunner::tr("no Version= line") : failureText(result);
    return true;
}

bool readAccountsAndServices(Reader &reader, PreflightFacts *facts)
{
    CommandResult result;
    if (!reader.run({QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("HwHiAiUser")}, &result))
        return false;
    // getent: 0 found, 2 not found; anything else means it could not tell.
    if (result.exitStatus == 0 || result.exitStatus == 2)
        facts->hwHiAiUser = result.exitStatus == 0;
    if (!reader.run({QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("firewalld"),
                     QStringLiteral("docker")}, &result))
        return false;
    // is-active exits non-zero when any unit is inactive; its output is what counts.
    const QStringList states = PreflightFactsParser::parseIsActive(result.out, 2);
    facts->firewalldState = states.at(0);
    facts->dockerState = states.at(1);
    return true;
}

bool readDocker(Reader &reader, const QString &image, PreflightFacts *facts)
{
    if (facts->dockerState != QLatin1String("active"))
        return true; // every docker command would only say "Cannot connect to the Docker daemon"
    CommandResult result;
    if (!reader.run({QStringLiteral("docker"), QStringLiteral("images"), QStringLiteral("--format"),
                     QStringLiteral("{{.Repository}}:{{.Tag}}")}, &result, RemotePrivilege::Docker))
        return false;
    facts->images = PreflightFactsParser::parseImages(result.out);
    if (!result.ok())
        facts->imagesError = failureText(result);
    if (image.isEmpty())
        return true;
    if (!reader.run({QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                     QStringLiteral("{{index .Config.Labels \"cann.version\"}}"), image}, &result, RemotePrivilege::Docker))
        return false;
    facts->imageInspected = result.ok();
    if (result.ok()) {
        const QString label = QString::fromUtf8(result.out).trimmed();
        facts->imageCannVersion = label == QLatin1String("<no value>") ? QString() : label;
    } else {
        facts->imageError = failureText(result);
    }
    return true;
}

bool readDisks(Reader &reader, const QString &modelPath, PreflightFacts *facts)
{
    QStringList argv{QStringLiteral("df"), QStringLiteral("-B1"), QStringLiteral("--output=avail,size,file")};
    CommandResult result;
    // df exits 1 when a path is missing (no /var/lib/docker yet) but still prints the others.
    if (!reader.run(argv + PreflightRunner::dfPaths(modelPath), &result))
        return false;
    facts->disks = PreflightFactsParser::parseDf(result.out);
    return true;
}
} // namespace

QStringList PreflightRunner::dfPaths(const QString &modelPath)
{
    QStringList paths;
    if (!modelPath.isEmpty()) {
        const QString clean = QDir::cleanPath(modelPath);
        paths << clean << QDir::cleanPath(clean + QStringLiteral("/.."));
    }
    paths << QStringLiteral("/var/lib/docker") << QStringLiteral("/var/lib") << QStringLiteral("/dev/shm");
    paths.removeDuplicates();
    return paths;
}

CommandResult PreflightRunner::run(SessionPool &pool, const SshTarget &target, const PreflightRequest &request,
                                   const CancelToken &cancel)
{
    PreflightFacts facts;
    facts.host = target.displayName();
    Reader reader(pool, target, cancel);
    const bool complete =
        readNpus(reader, &facts)
        && readVersion(reader, QStringLiteral("/usr/local/Ascend/driver/version.info"), &facts.driverVersion, &facts.driverError)
        && readVersion(reader, QStringLiteral("/usr/local/Ascend/firmware/version.info"), &facts.firmwareVersion, &facts.firmwareError)
        && readAccountsAndServices(reader, &facts) && readDocker(reader, request.image, &facts)
        && readDisks(reader, request.modelPath, &facts);
    if (!complete)
        return reader.failure();
    CommandResult result;
    if (!request.modelPath.isEmpty()) {
        result = ModelFolderReader::read(pool, target, request.modelPath, cancel, &facts.model);
        if (!result.ran())
            return result;
    }
    result.error = RemoteError::None;
    result.exitStatus = 0;
    result.out.clear();
    result.err.clear();
    result.durationMs = reader.totalMs() + result.durationMs;
    result.payload = QVariant::fromValue(facts);
    return result;
}

ServerJob::Operation PreflightRunner::operation(const PreflightRequest &request)
{
    return [request](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
        return run(pool, target, request, cancel);
    };
}

QList<PreflightFacts> PreflightRunner::factsFrom(const QList<SshTarget> &targets, const QList<CommandResult> &results)
{
    QList<PreflightFacts> all;
    for (int i = 0; i < targets.size(); ++i) {
        const CommandResult result = i < results.size() ? results.at(i) : CommandResult();
        PreflightFacts facts;
        if (result.payload.canConvert<PreflightFacts>()) {
            facts = result.payload.value<PreflightFacts>();
        } else {
            facts.host = targets.at(i).displayName();
            facts.connectError = result.errorString.isEmpty() ? remoteErrorName(result.error) : result.errorString;
        }
        all.append(facts);
    }
    return all;
}

QList<Finding> PreflightRunner::check(SessionPool *pool, const QList<SshTarget> &targets,
                                               const PreflightRequest &request, const CancelToken &cancel)
{
    const QList<CommandResult> results = ServerJob::runAll(pool, targets, operation(request), cancel);
    return PreflightRules::evaluate(factsFrom(targets, results), request);
}

} // namespace AscendDeck
