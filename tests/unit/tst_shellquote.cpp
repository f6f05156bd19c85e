#include "base/ShellQuote.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QProcess>
#include <QTest>

using namespace AscendDeck;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("npu-smi") << QStringLiteral("npu-smi");
        QTest::newRow("path") << QStringLiteral("/usr/local/Ascend/driver/tools/hccn_tool") << QStringLiteral("/usr/local/Ascend/driver/tools/hccn_tool");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("dollar") << QStringLiteral("$(reboot)") << QStringLiteral("'$(reboot)'");
        QTest::newRow("tilde") << QStringLiteral("~/x") << QStringLiteral("'~/x'");
    }
    void quote()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(argument), quoted);
    }

    // The local /bin/sh must read back exactly what went in: the same property the remote shell relies on.
    void join_roundTripsThroughARealShell()
    {
        const QStringList argv{QStringLiteral("$(reboot)"), QStringLiteral("`id`"), QStringLiteral("a;b|c&d"),
                               QStringLiteral("it's \"quoted\""), QStringLiteral("new\nline"), QStringLiteral("中文 ü"),
                               QString(), QStringLiteral("*"), QStringLiteral("\\")};
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + shellJoin(argv)});
        QVERIFY(sh.waitForFinished());
        QList<QByteArray> parts = sh.readAllStandardOutput().split('\0');
        parts.removeLast();
        QCOMPARE(parts.size(), argv.size());
        for (int i = 0; i < argv.size(); ++i)
            QCOMPARE(QString::fromUtf8(parts.at(i)), argv.at(i));
    }

    void sudo_prefixesOnlyForNonRoot()
    {
        RemoteCommand c;
        c.argv = QStringList{QStringLiteral("hccn_tool"), QStringLiteral("-i"), QStringLiteral("0")};
        c = c.asRoot();
        QCOMPARE(c.previewLine(), QStringLiteral("sudo hccn_tool -i 0"));
        QCOMPARE(c.commandLine(QStringLiteral("root")), QStringLiteral("hccn_tool -i 0"));
        QCOMPARE(c.commandLine(QStringLiteral("admin")), QStringLiteral("sudo -S -p '' -- hccn_tool -i 0"));
        QCOMPARE(c.shellLine(QStringLiteral("sudo -S -p '' -k")), QStringLiteral("sudo -S -p '' -k -- hccn_tool -i 0"));
        QCOMPARE(c.shellLine(QString()), QStringLiteral("hccn_tool -i 0"));
        QCOMPARE(c.asDocker().privilege, RemotePrivilege::Docker);
        c.argvIsSecret = true;
        QCOMPARE(c.loggableCommand(), QStringLiteral("hccn_tool <redacted>"));
    }

    void target_jumpList_isPartOfThePoolKey()
    {
        SshTarget target;
        QString error;
        QVERIFY(SshTarget::parse(QStringLiteral("admin@npu1"), &target, &error));
        const QString direct = target.poolKey();
        QVERIFY(SshTarget::parseList(QStringLiteral("ops@bastion:2222,inner"), &target.jump, &error));
        QCOMPARE(target.jumpText(), QStringLiteral("ops@bastion:2222,inner"));
        QCOMPARE(target.poolKey(), QStringLiteral("admin@npu1 via ops@bastion:2222,inner"));
        QVERIFY(target.poolKey() != direct);
    }

    void target_parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << QStringLiteral("npu1") << QString() << QStringLiteral("npu1") << 0;
        QTest::newRow("user@host:port") << QStringLiteral("root@10.0.0.1:2222") << QStringLiteral("root") << QStringLiteral("10.0.0.1") << 2222;
        QTest::newRow("ipv6") << QStringLiteral("admin@[fe80::1]:22") << QStringLiteral("admin") << QStringLiteral("fe80::1") << 22;
    }
    void target_parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        SshTarget t;
        QString error;
        QVERIFY2(SshTarget::parse(text, &t, &error), qPrintable(error));
        QCOMPARE(t.user, user);
        QCOMPARE(t.host, host);
        QCOMPARE(t.port, port);
    }

    void target_parse_rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port range") << QStringLiteral("root@h:70000") << QStringLiteral("70000");
        QTest::newRow("port text") << QStringLiteral("h:ssh") << QStringLiteral("ssh");
        QTest::newRow("no host") << QStringLiteral("root@") << QStringLiteral("no host");
        QTest::newRow("empty user") << QStringLiteral("@h") << QStringLiteral("empty user");
        QTest::newRow("open bracket") << QStringLiteral("[::1") << QStringLiteral("]");
    }
    void target_parse_rejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        SshTarget t;
        QString error;
        QVERIFY(!SshTarget::parse(text, &t, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void targetList_parsesEachHost()
    {
        QList<SshTarget> targets;
        QString error;
        QVERIFY(SshTarget::parseList(QStringLiteral("root@a:22,b,admin@c"), &targets, &error));
        QCOMPARE(targets.size(), 3);
        QCOMPARE(targets.at(1).host, QStringLiteral("b"));
        QCOMPARE(targets.at(2).user, QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
