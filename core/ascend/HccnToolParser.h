#pragma once

#include "ascend/HccnToolResults.h"
#include "ascend/ParseError.h"
#include "ascend/TextLines.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

// One function per hccn_tool getter. Each accepts the output of one call or of several calls concatenated
// (blank lines and "..." elisions in between are skipped) and returns one entry per record, in order.
// On any line it cannot read it returns an empty list and sets *error to that line.
class HccnToolParser
{
    Q_DECLARE_TR_FUNCTIONS(HccnToolParser)

public:
    static QList<HccnIp> parseIp(const QByteArray &data, ParseError *error = nullptr);
    static QList<HccnGateway> parseGateway(const QByteArray &data, ParseError *error = nullptr);
    static QStringList parseNetdetect(const QByteArray &data, ParseError *error = nullptr);
    // Status words as printed ("Success", "Init", "Socket failed", ...).
    static QStringList parseNetHealth(const QByteArray &data, ParseError *error = nullptr);
    // true for UP, false for DOWN.
    static QList<bool> parseLink(const QByteArray &data, ParseError *error = nullptr);
    // Atlas A3 -vnic -g; lines starting with '#' (a saved file's header) are skipped.
    static QList<HccnVnic> parseVnic(const QByteArray &data, ParseError *error = nullptr);
    static QList<HccnLldpNeighbour> parseLldp(const QByteArray &data, ParseError *error = nullptr);
    static QList<HccnTls> parseTls(const QByteArray &data, ParseError *error = nullptr);
    static QList<HccnPing> parsePing(const QByteArray &data, ParseError *error = nullptr);
    // Setters print "Cmd executed successfully!"; returns how many did.
    static int parseSetterResult(const QByteArray &data, ParseError *error = nullptr);
    // Which getter printed this, from its first line: "ip", "gateway", "netdetect", "net_health", "link",
    // "lldp", "tls", "ping", "vnic", "set"; empty when unknown. For callers that hold output of unknown origin.
    static QString detectGetter(const QByteArray &data);

private:
    // The common shape "prefix value": returns the values, or fails on the first other line.
    static QStringList parsePrefixed(const QByteArray &data, const QString &prefix, ParseError *error);
    // The value after prefix on line, or false with *error set naming the line.
    static bool prefixedValue(const TextLine &line, const QString &prefix, QString *value, ParseError *error);
};

} // namespace AscendDeck
