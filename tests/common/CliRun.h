#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// ascenddeck-cli run as a script runs it: a real process, its exit code and both outputs.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The built binary (ASCENDDECK_CLI_PATH) with these arguments; env empty: the test's own environment.
    static CliRun run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment());
    // Every command and subcommand, as the words after the program name ("apply", "engine capacity"),
    // read from the English --help of the program and of each command that lists subcommands.
    static QList<QStringList> commands();
    // The test's environment with the messages' language set to lang the way a shell does it (LANG only).
    static QProcessEnvironment withLanguage(const QString &lang);
};
