#include "RemoteCommand.h"

#include "base/ShellQuote.h"

namespace AscendDeck {

QString RemoteCommand::commandLine(const QString &loginUser) const
{
    QString line = shellJoin(argv);
    // sudo -S reads the password from stdin when one is needed; -p '' keeps its prompt out of stderr.
    if (sudo && loginUser != QLatin1String("root"))
        line = QStringLiteral("sudo -S -p '' -- ") + line;
    return line;
}

QString RemoteCommand::loggableCommand() const
{
    if (argvIsSecret)
        return argv.isEmpty() ? QString() : shellQuote(argv.first()) + QStringLiteral(" <redacted>");
    return shellJoin(argv);
}

} // namespace AscendDeck
