// Every ascenddeck-cli command and subcommand, run as a process: --help, an unknown option, no arguments, and
// the exit codes of ExitCode as main returns them.
#include "CliRun.h"
#include "ExitCode.h"

#include <QTemporaryDir>
#include <QTest>

using AscendDeck::Cli::code;
using AscendDeck::Cli::ExitCode;

class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    const QProcessEnvironment m_english = CliRun::withLanguage(QStringLiteral("C"));

    static void addCommandRows()
    {
        QTest::addColumn<QStringList>("command");
        const QList<QStringList> commands = CliRun::commands();
        QVERIFY2(commands.size() >= 20, "expected the twelve commands and the engine and ranktable subcommands");
        for (const QStringList &command : commands)
            QTest::newRow(qPrintable(command.join(QLatin1Char(' ')))) << command;
    }

private slots:
    void help_exitsZero_namesTheCommand_data() { addCommandRows(); }
    void help_exitsZero_namesTheCommand()
    {
        QFETCH(QStringList, command);
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun r = CliRun::run(command + QStringList{flag}, m_english);
            QCOMPARE(r.exitCode, code(ExitCode::Success));
            const QByteArray usage = "Usage: ascenddeck-cli " + command.join(QLatin1Char(' ')).toUtf8() + ' ';
            QVERIFY2(r.out.startsWith(usage), r.out.constData());
            QVERIFY2(r.out.count('\n') >= 4, r.out.constData());
            QVERIFY2(r.out.contains("--help"), r.out.constData());
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
    }

    void unknownOption_exitsTwo_namingIt_data() { addCommandRows(); }
    void unknownOption_exitsTwo_namingIt()
    {
        QFETCH(QStringList, command);
        const CliRun r = CliRun::run(command + QStringList{QStringLiteral("--no-such-option")}, m_english);
        QCOMPARE(r.exitCode, code(ExitCode::Usage));
        QVERIFY2(r.err.contains("no-such-option"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("ascenddeck-cli " + command.join(QLatin1Char(' ')).toUtf8())), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void noArguments_isAUsageError_data() { addCommandRows(); }
    void noArguments_isAUsageError()
    {
        QFETCH(QStringList, command);
        const CliRun r = CliRun::run(command, m_english);
        QCOMPARE(r.exitCode, code(ExitCode::Usage));
        QVERIFY2(r.err.startsWith("ascenddeck-cli "), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("Usage: ascenddeck-cli " + command.join(QLatin1Char(' ')).toUtf8())), r.err.constData());
    }

    void missingValue_exitsTwo_namingTheOption()
    {
        const CliRun r = CliRun::run({QStringLiteral("plan"), QStringLiteral("--topology")}, m_english);
        QCOMPARE(r.exitCode, code(ExitCode::Usage));
        QVERIFY2(r.err.contains("Missing value after '--topology'"), r.err.constData());
    }

    void programHelp_andNoCommand()
    {
        QCOMPARE(CliRun::run({QStringLiteral("--help")}, m_english).exitCode, code(ExitCode::Success));
        QCOMPARE(CliRun::run({}, m_english).exitCode, code(ExitCode::Usage));
        const CliRun unknown = CliRun::run({QStringLiteral("frobnicate")}, m_english);
        QCOMPARE(unknown.exitCode, code(ExitCode::Usage));
        QVERIFY2(unknown.err.contains("unknown command 'frobnicate'"), unknown.err.constData());
    }

    // The values scripts rely on (docs/cli.md), and main returning them for each kind of outcome.
    void exitCodes_areWhatMainReturns()
    {
        QCOMPARE(code(ExitCode::Success), 0);
        QCOMPARE(code(ExitCode::Failure), 1);
        QCOMPARE(code(ExitCode::Usage), 2);
        QCOMPARE(code(ExitCode::Timeout), 124);
        QCOMPARE(code(ExitCode::Connection), 255);
        const QStringList capacity{QStringLiteral("engine"), QStringLiteral("capacity"), QStringLiteral("--weights-bytes")};
        QCOMPARE(CliRun::run(capacity + QStringList{QStringLiteral("1000000000")}, m_english).exitCode, code(ExitCode::Success));
        // 688 GB of weights on one server of 8 x 64 GB: a failing verdict is a finding.
        QCOMPARE(CliRun::run(capacity + QStringList{QStringLiteral("688000000000")}, m_english).exitCode, code(ExitCode::Failure));
        // Nothing listens on port 1: the connection is refused at once.
        QTemporaryDir dir;
        const CliRun refused = CliRun::run({QStringLiteral("exec"), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"),
                                            QStringLiteral("--known-hosts"), dir.filePath(QStringLiteral("known_hosts")),
                                            QStringLiteral("root@127.0.0.1:1"), QStringLiteral("--"), QStringLiteral("true")},
                                           m_english);
        QCOMPARE(refused.exitCode, code(ExitCode::Connection));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
