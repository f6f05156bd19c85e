// `ascenddeck-cli exec` as scripts use it: a real process, real sshd, exit codes and output checked.
#include "SimCluster.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliExec : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH), args);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString hostArg(int index) const
    {
        const auto &s = m_sim.servers().at(index);
        return QStringLiteral("%1@%2:%3").arg(s.user, s.host).arg(s.port);
    }

    QStringList keyArgs() const
    {
        return {QStringLiteral("exec"), QStringLiteral("--identity"), m_sim.identityFile(),
                QStringLiteral("--known-hosts"), m_sim.knownHostsFile(), QStringLiteral("--ssh-config"),
                QStringLiteral("/dev/null")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.31"), 2222), qPrintable(m_sim.errorString()));
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void version_printsTheVersion()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("ascenddeck-cli " ASCENDDECK_VERSION));
    }

    void exec_passesArgumentsUnchanged_andReturnsTheExitStatus()
    {
        const Run r = cli(keyArgs() << hostArg(0) << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                                    << QStringLiteral("printf '[%s]' \"$@\"; echo; echo oops >&2; exit 4")
                                    << QStringLiteral("sh") << QStringLiteral("$(reboot)") << QStringLiteral("a b;c")
                                    << QStringLiteral("it's\n中文"));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, QByteArray("[$(reboot)][a b;c][it's\n中文]\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
    }

    void exec_severalHosts_prefixesOutputAndReturnsTheWorstStatus()
    {
        const Run r = cli(keyArgs() << hostArg(0) + QLatin1Char(',') + hostArg(1) << QStringLiteral("--")
                                    << QStringLiteral("sh") << QStringLiteral("-c")
                                    << QStringLiteral("hostname -I >/dev/null 2>&1; grep -o '\"host\": \"[0-9.]*\"' /etc/ascend-sim/state.json; "
                                                      "case $(grep -c 127.0.0.32 /etc/ascend-sim/state.json) in 0) exit 0;; *) exit 9;; esac"));
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.out.contains(QByteArray(hostArg(0).toUtf8() + ": \"host\": \"127.0.0.31\"")), r.out.constData());
        QVERIFY2(r.out.contains(QByteArray(hostArg(1).toUtf8() + ": \"host\": \"127.0.0.32\"")), r.out.constData());
    }

    void exec_unknownHostKey_isRefusedWith255AndTheFingerprint()
    {
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        QStringList args{QStringLiteral("exec"), QStringLiteral("--identity"), m_sim.identityFile(),
                         QStringLiteral("--known-hosts"), knownHosts, QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")};
        const Run refused = cli(QStringList(args) << hostArg(0) << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(refused.exitCode, 255);
        QVERIFY(refused.err.contains(m_sim.servers().at(0).fingerprint.toUtf8()));
        QVERIFY(!QFile::exists(knownHosts) || QFile(knownHosts).size() == 0);

        const Run accepted = cli(QStringList(args) << QStringLiteral("--accept-new-host-key") << hostArg(0)
                                                   << QStringLiteral("--") << QStringLiteral("echo") << QStringLiteral("hi"));
        QCOMPARE(accepted.exitCode, 0);
        QCOMPARE(accepted.out, QByteArray("hi\n"));
        QVERIFY(accepted.err.contains(m_sim.servers().at(0).fingerprint.toUtf8()));
        QVERIFY(QFile(knownHosts).size() > 0);
        // Now known: no flag needed.
        QCOMPARE(cli(QStringList(args) << hostArg(0) << QStringLiteral("--") << QStringLiteral("true")).exitCode, 0);
    }

    void exec_passwordFromStdin()
    {
        QStringList args{QStringLiteral("exec"), QStringLiteral("--password-stdin"), QStringLiteral("--known-hosts"),
                         m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")};
        const Run ok = cli(QStringList(args) << hostArg(1) << QStringLiteral("--") << QStringLiteral("id") << QStringLiteral("-u"),
                           m_sim.servers().at(1).password.toUtf8() + '\n');
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QByteArray("0\n"));
        const Run bad = cli(QStringList(args) << hostArg(1) << QStringLiteral("--") << QStringLiteral("true"), "wrong\n");
        QCOMPARE(bad.exitCode, 255);
        QVERIFY(bad.err.contains("authentication failed"));
        QCOMPARE(bad.err.count('\n'), 1); // one clear line
    }

    // Only the line break ends the password (every command reads it the same way): a trailing space is part of it.
    void passwordFromStdin_keepsTrailingSpaces_dropsOnlyTheLineBreak()
    {
        QStringList args{QStringLiteral("exec"), QStringLiteral("--password-stdin"), QStringLiteral("--known-hosts"),
                         m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"), hostArg(1),
                         QStringLiteral("--"), QStringLiteral("true")};
        const QByteArray password = m_sim.servers().at(1).password.toUtf8();
        QCOMPARE(cli(args, password + "\r\n").exitCode, 0);
        QCOMPARE(cli(args, password).exitCode, 0);
        QCOMPARE(cli(args, password + " \n").exitCode, 255);
    }

    void exec_connectionFailure_is255()
    {
        const Run r = cli(keyArgs() << QStringLiteral("root@127.0.0.39:2222") << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains("127.0.0.39"));
        QVERIFY(r.err.contains("cannot connect"));
    }

    void exec_timeout_is124()
    {
        const Run r = cli(keyArgs() << QStringLiteral("--timeout") << QStringLiteral("0.5") << hostArg(0)
                                    << QStringLiteral("--") << QStringLiteral("sleep") << QStringLiteral("20"));
        QCOMPARE(r.exitCode, 124);
        QVERIFY(r.err.contains("timed out"));
    }

    void exec_badHostSyntax_isAUsageError()
    {
        const Run r = cli(keyArgs() << QStringLiteral("root@host:99999") << QStringLiteral("--") << QStringLiteral("true"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("99999"));
    }
};

QTEST_GUILESS_MAIN(TestCliExec)
#include "tst_cli_exec.moc"
