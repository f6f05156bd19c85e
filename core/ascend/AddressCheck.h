#pragma once

#include <QString>

namespace AscendDeck {

// Dotted-quad IPv4 check shared by the parsers: QHostAddress alone also accepts "1" or "0x7f.1".
bool isIpv4Address(const QString &text);
// Any IPv4 or IPv6 address as printed by Linux tools.
bool isIpAddress(const QString &text);

} // namespace AscendDeck
