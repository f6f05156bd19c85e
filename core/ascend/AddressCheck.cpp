#include "AddressCheck.h"

#include <QHostAddress>
#include <QStringList>

namespace AscendDeck {

bool isIpv4Address(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255 || !part.at(0).isDigit())
            return false;
    }
    return true;
}

bool isIpAddress(const QString &text)
{
    if (text.contains(QLatin1Char(':')))
        return QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
    return isIpv4Address(text);
}

} // namespace AscendDeck
