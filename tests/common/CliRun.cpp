#include "CliRun.h"

#include <QProcess>

CliRun CliRun::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(QStringLiteral(ASCENDDECK_CLI_PATH), arguments);
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

namespace {
// The names under "Commands:" in a --help text: the first word of each indented line until a blank one.
QStringList listedCommands(const QByteArray &help)
{
    QStringList names;
    bool inList = false;
    for (const QByteArray &line : help.split('\n')) {
        if (line == "Commands:")
            inList = true;
        else if (inList && line.trimmed().isEmpty())
            break;
        else if (inList)
            names << QString::fromUtf8(line.trimmed().split(' ').first());
    }
    return names;
}
} // namespace

QList<QStringList> CliRun::commands()
{
    const QProcessEnvironment english = withLanguage(QStringLiteral("C"));
    QList<QStringList> all;
    for (const QString &command : listedCommands(run({QStringLiteral("--help")}, english).out)) {
        const QStringList subcommands = listedCommands(run({command, QStringLiteral("--help")}, english).out);
        all << QStringList{command};
        for (const QString &subcommand : subcommands)
            all << QStringList{command, subcommand};
    }
    return all;
}

QProcessEnvironment CliRun::withLanguage(const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    return env;
}
