#include "Subcommands.h"

#include "ExitCode.h"
#include "Output.h"

namespace AscendDeck::Cli {

Subcommands::Subcommands(const QString &command, const QString &description)
    : m_command(command)
    , m_description(description)
{
}

void Subcommands::add(const QString &name, const QString &summary, const Run &run)
{
    m_entries.append({name, summary, run});
}

QString Subcommands::program() const
{
    return m_command.isEmpty() ? QStringLiteral("ascenddeck-cli") : QStringLiteral("ascenddeck-cli ") + m_command;
}

int Subcommands::run(const QStringList &arguments) const
{
    const QString word = arguments.value(1);
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        print(stdout, helpText());
        return code(ExitCode::Success);
    }
    if (word.isEmpty())
        return usageError(m_command.isEmpty() ? tr("a command is required") : tr("a subcommand is required"));
    for (const Entry &entry : m_entries) {
        if (entry.name == word) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.first() + QLatin1Char(' ') + word);
            return entry.run(rest);
        }
    }
    return usageError(word.startsWith(QLatin1Char('-')) ? tr("unknown option '%1'").arg(word)
                                                        : tr("unknown command '%1'").arg(word));
}

int Subcommands::usageError(const QString &message) const
{
    print(stderr, QStringLiteral("%1: %2\n").arg(program(), message)
                      + QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                            .arg(program() + QStringLiteral(" COMMAND [options] [ARGS...]"))
                      + QLatin1Char('\n') + tr("Run '%1 --help' for the commands.").arg(program()) + QLatin1Char('\n'));
    return code(ExitCode::Usage);
}

QString Subcommands::helpText() const
{
    QString text = QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                       .arg(program() + QStringLiteral(" COMMAND [options] [ARGS...]")) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += m_description + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const Entry &entry : m_entries)
        width = std::max(width, entry.name.size());
    for (const Entry &entry : m_entries)
        text += QStringLiteral("  ") + entry.name.leftJustified(width) + QStringLiteral("  ") + entry.summary + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Run '%1 COMMAND --help' for a command's options.").arg(program()) + QLatin1Char('\n');
    return text;
}

} // namespace AscendDeck::Cli
