#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace AscendDeck::Cli {

// A command made of subcommands (the program itself, engine, ranktable): --help lists them, the first argument
// picks one, and a missing or unknown one is a usage error. The chosen one sees "PROGRAM WORD" as its program.
class Subcommands
{
    Q_DECLARE_TR_FUNCTIONS(Subcommands)

public:
    using Run = std::function<int(const QStringList &arguments)>;

    // command: the words after the program name ("engine"), empty for the program itself.
    Subcommands(const QString &command, const QString &description);
    void add(const QString &name, const QString &summary, const Run &run);
    int run(const QStringList &arguments) const;
    QString helpText() const;

private:
    struct Entry
    {
        QString name;
        QString summary;
        Run run;
    };
    QString program() const;
    int usageError(const QString &message) const;

    QString m_command;
    QString m_description;
    QList<Entry> m_entries;
};

} // namespace AscendDeck::Cli
