#include "RemoteCommand.h"

#include "base/ShellQuote.h"

namespace AscendDeck {

QString RemoteCommand::commandLine(const QString &loginUser) const
{
    // sudo -S reads the password from stdin when one is needed; -p '' keeps its prompt out of stderr.
    const bool sudo = needsRoot() && loginUser != QLatin1String("root");
    return shellLine(sudo ? QStringLiteral("sudo -S -p ''") : QString());
}

QString RemoteCommand::shellLine(const QString &sudoPrefix) const
{
    const QString line = shellJoin(argv);
    return sudoPrefix.isEmpty() ? line : sudoPrefix + QStringLiteral(" -- ") + line;
}

QString RemoteCommand::loggableCommand() const
{
    if (argvIsSecret)
        return argv.isEmpty() ? QString() : shellQuote(argv.first()) + QStringLiteral(" <redacted>");
    return shellJoin(argv);
}

QString RemoteCommand::previewLine() const
{
    // Whether sudo is really used depends on the login (root or not) and the server's sudo setting; the
    // preview says which commands would need it.
    return needsRoot() ? QStringLiteral("sudo ") + loggableCommand() : loggableCommand();
}

} // namespace AscendDeck
