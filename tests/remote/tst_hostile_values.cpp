// Hostile values (spaces, quotes, $(), backticks, ;, newlines, non-ASCII) reach the simulated servers byte for
// byte, or are refused with a message naming the field: through `ascenddeck-cli exec` (plain and through
// sudo, over a bastion, checked in the simulated sudo's log) and through the model-folder read the engine
// settings use. The servers: a non-root login whose sudo asks for a password, reachable only via a bastion.
#include "SimCluster.h"

#include "ops/ModelFolderReader.h"
#include "preflight/ModelFolder.h"
#include "project/ProjectFile.h"
#include "remote/SessionPool.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace AscendDeck;

namespace {
const QString kSudoPassword = QStringLiteral("h0stile pw");
const QString kLoginUser = QStringLiteral("simadmin");
const QString kMarker = QStringLiteral("/tmp/ascenddeck-hostile-ran");

QStringList hostileValues()
{
    return {QStringLiteral("two words"), QStringLiteral("q'uo\"te\\d"), QStringLiteral("$(touch %1)").arg(kMarker),
            QStringLiteral("`touch %1`").arg(kMarker), QStringLiteral("a; touch %1").arg(kMarker),
            QStringLiteral("line one\nline two\n"), QStringLiteral("模型 权重 \u00e9"),
            QStringLiteral(" lead $HOME ${x} * ? ~ | & > < # %1").arg(QChar(0x2028))};
}
} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QString m_bastion;
    QString m_knownHosts;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASCENDDECK_TEST_SUDO_PW"), kSudoPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH), args);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QStringList execArgs(bool sudo) const
    {
        QStringList args{QStringLiteral("exec"), QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                         m_knownHosts, QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"), QStringLiteral("--jump"), m_bastion};
        if (sudo)
            args << QStringLiteral("--sudo") << QStringLiteral("--sudo-password-env") << QStringLiteral("ASCENDDECK_TEST_SUDO_PW");
        return args << kLoginUser + QLatin1Char('@') + m_sim.servers().at(0).host << QStringLiteral("--");
    }

    QByteArray sudoLog() const { return m_sim.sudoLog(0); }

    bool markerExists()
    {
        int status = -1;
        m_sim.inspect(0, {QStringLiteral("test"), QStringLiteral("-e"), kMarker}, &status);
        return status == 0;
    }

    SessionOptions options() const
    {
        SessionOptions o = m_sim.sessionOptions();
        o.knownHostsFile = m_knownHosts;
        o.credentials.sudo = SudoMode::Password;
        o.credentials.sudoPassword = kSudoPassword;
        SshTarget bastion;
        QString error;
        SshTarget::parse(m_bastion, &bastion, &error);
        o.jumpHosts = {bastion};
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(1, QStringLiteral("127.0.0.225"), 22, SimCluster::labAccessArgs(kLoginUser, kSudoPassword)),
                 qPrintable(m_sim.errorString()));
        m_bastion = m_sim.bastionLogin();
        m_knownHosts = m_sim.knownHostsWithBastion();
        QVERIFY(!m_bastion.isEmpty() && !m_knownHosts.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void cliExec_hostileArguments_arriveByteForByte()
    {
        for (const QString &value : hostileValues()) {
            const Run r = cli(execArgs(false) << QStringLiteral("printf") << QStringLiteral("%s") << value);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.out, value.toUtf8());
        }
        QVERIFY(!markerExists());
    }

    void cliExec_hostileArguments_throughSudo_areWhatSudoRan()
    {
        for (const QString &value : hostileValues()) {
            const QByteArray before = sudoLog();
            const Run r = cli(execArgs(true) << QStringLiteral("printf") << QStringLiteral("%s") << value);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.out, value.toUtf8());
            const QByteArray added = sudoLog().mid(before.size());
            QVERIFY2(added.contains(QByteArray(QByteArray("\tRAN\tprintf\t%s\t") + value.toUtf8() + '\n')), added.constData());
        }
        QVERIFY(!markerExists());
    }

    void cliExec_hostileUserOrHost_isRefusedNamingTheField()
    {
        for (const QString &user : {QStringLiteral("we'ird"), QStringLiteral("a b"), QStringLiteral("$(id)"), QStringLiteral("x;y"),
                                    QStringLiteral("l\nf")}) {
            const Run r = cli({QStringLiteral("exec"), user + QLatin1Char('@') + m_sim.servers().at(0).host, QStringLiteral("--"),
                               QStringLiteral("true")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("user name"), r.err.constData());
        }
        const Run r = cli({QStringLiteral("exec"), QStringLiteral("root@host;id"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("host name"), r.err.constData());
        // The same rule for a project file's servers.
        Project project;
        QString error;
        QVERIFY(!ProjectFile::deserialize("{\"format\":\"ascenddeck-project\",\"schema\":3,\"servers\":[{\"host\":\"h\",\"user\":\"a`id`\"}]}",
                                          &project, &error));
        QVERIFY2(error.startsWith(QStringLiteral("servers[0].user: ")), qPrintable(error));
    }

    // The engine settings' model folder, read as the Engine step reads it: the folder with the hostile name is
    // found and its config.json read, so the path reached the server byte for byte.
    void modelFolder_hostilePath_isReadOnTheServer()
    {
        SessionPool pool(options());
        const SshTarget target(m_sim.servers().at(0).host, kLoginUser, 0);
        for (const QString &value : hostileValues()) {
            const QString path = QStringLiteral("/data/models/") + QString(value).remove(QLatin1Char('/'));
            int status = -1;
            m_sim.inspect(0, {QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("mkdir -p \"$1\" && printf '%s' '{\"model_type\": \"deepseek_v3\"}' > \"$1/config.json\""),
                              QStringLiteral("sh"), path}, &status);
            QCOMPARE(status, 0);
            ModelFolder folder;
            const CommandResult result = ModelFolderReader::read(pool, target, path, {}, &folder);
            QVERIFY2(result.ran(), qPrintable(result.errorString));
            QVERIFY2(folder.exists, qPrintable(path + QStringLiteral(": ") + folder.error));
            QVERIFY(folder.hasConfig);
            QCOMPARE(folder.modelType, QStringLiteral("deepseek_v3"));
        }
        QVERIFY(!markerExists());
    }
};

QTEST_MAIN(TestHostileValues)
#include "tst_hostile_values.moc"
