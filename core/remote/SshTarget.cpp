#include "SshTarget.h"

#include <QObject>

namespace AscendDeck {

// Letters (any script), digits and what login names use: . _ - + and \ or @ for domain accounts. Nothing a
// shell or ssh_config would read as syntax.
bool SshTarget::isLoginName(const QString &user)
{
    for (const QChar c : user) {
        if (!c.isLetterOrNumber() && !QStringLiteral("._-+\\@").contains(c))
            return false;
    }
    return true;
}

QString SshTarget::displayName() const
{
    QString text = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QString SshTarget::jumpText() const
{
    QStringList hops;
    for (const SshTarget &hop : jump)
        hops << hop.displayName();
    return hops.join(QLatin1Char(','));
}

QString SshTarget::poolKey() const
{
    QString key = jump.isEmpty() ? displayName() : displayName() + QStringLiteral(" via ") + jumpText();
    // Another sudo mode is another way of running the same commands: a session of its own.
    if (sudo)
        key += QStringLiteral(" sudo=") + QString::number(static_cast<int>(*sudo));
    return key;
}

bool SshTarget::parse(const QString &input, SshTarget *target, QString *error)
{
    const QString text = input.trimmed();
    SshTarget parsed;
    QString rest = text;
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        parsed.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QObject::tr("'%1': missing ']' after an IPv6 address").arg(text);
            return false;
        }
        parsed.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty()) {
            *error = QObject::tr("'%1': unexpected text after the address").arg(text);
            return false;
        }
    } else {
        const int colon = rest.indexOf(QLatin1Char(':'));
        parsed.host = colon >= 0 ? rest.left(colon) : rest;
        if (colon >= 0)
            portText = rest.mid(colon + 1);
    }
    if (parsed.host.isEmpty()) {
        *error = QObject::tr("'%1': no host name").arg(text);
        return false;
    }
    if (at >= 0 && parsed.user.isEmpty()) {
        *error = QObject::tr("'%1': empty user name before '@'").arg(text);
        return false;
    }
    for (const QChar c : parsed.host) {
        // Names, IPv4, IPv6 (with a %scope): nothing else reaches a resolver or an ssh_config Host line.
        if (!c.isLetterOrNumber() && !QStringLiteral(".-_:%").contains(c)) {
            *error = QObject::tr("'%1': the host name '%2' has characters no host name has").arg(text, parsed.host);
            return false;
        }
    }
    if (!isLoginName(parsed.user)) {
        *error = QObject::tr("'%1': the user name '%2' has characters no login name has (spaces, quotes, $, `, ;, "
                             "control characters...)").arg(text, parsed.user);
        return false;
    }
    if (!portText.isNull()) {
        bool ok = false;
        parsed.port = portText.toInt(&ok);
        if (!ok || parsed.port < 1 || parsed.port > 65535) {
            *error = QObject::tr("'%1': port '%2' is not a number between 1 and 65535").arg(text, portText);
            return false;
        }
    }
    *target = parsed;
    return true;
}

bool SshTarget::parseList(const QString &text, QList<SshTarget> *targets, QString *error)
{
    targets->clear();
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = QObject::tr("no host given");
        return false;
    }
    for (const QString &part : parts) {
        SshTarget target;
        if (!parse(part, &target, error))
            return false;
        targets->append(target);
    }
    return true;
}

} // namespace AscendDeck
