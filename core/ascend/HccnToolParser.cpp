#include "HccnToolParser.h"

#include "ascend/AddressCheck.h"
#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

namespace {
// Trimmed lines that carry content: blank lines and "..." elisions between loop iterations are dropped.
bool contentLines(const QByteArray &data, QList<TextLine> *out, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return false;
    out->clear();
    for (TextLine &line : lines) {
        line.text = line.text.trimmed();
        if (!line.text.isEmpty() && !TextLines::isElision(line.text))
            out->append(line);
    }
    return true;
}

QString shown(const QString &line)
{
    return line.left(80);
}
} // namespace

QString HccnToolParser::detectGetter(const QByteArray &data)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, nullptr))
        return {};
    lines.removeIf([](const TextLine &line) { return TextLines::isComment(line.text); });
    if (lines.isEmpty())
        return {};
    const QString first = lines.first().text;
    static const QList<QPair<QString, QString>> prefixes{
        {QStringLiteral("ipaddr:"), QStringLiteral("ip")},
        {QStringLiteral("default gateway:"), QStringLiteral("gateway")},
        {QStringLiteral("netdetect address:"), QStringLiteral("netdetect")},
        {QStringLiteral("net health status:"), QStringLiteral("net_health")},
        {QStringLiteral("link status:"), QStringLiteral("link")},
        {QStringLiteral("vnic link status:"), QStringLiteral("vnic")},
        {QStringLiteral("Chassis ID TLV"), QStringLiteral("lldp")},
        {QStringLiteral("Ifname:"), QStringLiteral("lldp")},
        {QStringLiteral("dev_id:"), QStringLiteral("tls")},
        {QStringLiteral("device "), QStringLiteral("ping")},
        {QStringLiteral("Cmd executed successfully"), QStringLiteral("set")},
    };
    for (const auto &prefix : prefixes) {
        if (first.startsWith(prefix.first))
            return prefix.second;
    }
    return {};
}

QStringList HccnToolParser::parsePrefixed(const QByteArray &data, const QString &prefix, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    QStringList values;
    for (const TextLine &line : std::as_const(lines)) {
        if (!line.text.startsWith(prefix)) {
            TextLines::fail(error, line.number, tr("expected \"%1\", got \"%2\"").arg(prefix, shown(line.text)));
            return {};
        }
        values << line.text.mid(prefix.size()).trimmed();
    }
    return values;
}

QList<HccnIp> HccnToolParser::parseIp(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    QList<HccnIp> result;
    for (int i = 0; i < lines.size(); i += 2) {
        const TextLine &addr = lines.at(i);
        if (!addr.text.startsWith(QLatin1String("ipaddr:"))) {
            TextLines::fail(error, addr.number, tr("expected \"ipaddr:\", got \"%1\"").arg(shown(addr.text)));
            return {};
        }
        if (i + 1 >= lines.size() || !lines.at(i + 1).text.startsWith(QLatin1String("netmask:"))) {
            TextLines::fail(error, i + 1 < lines.size() ? lines.at(i + 1).number : addr.number + 1,
                            tr("expected \"netmask:\" after \"ipaddr:\""));
            return {};
        }
        const HccnIp ip{addr.text.mid(7).trimmed(), lines.at(i + 1).text.mid(8).trimmed()};
        if (!isIpAddress(ip.address) || !isIpAddress(ip.netmask)) {
            TextLines::fail(error, addr.number, tr("not an IP address: \"%1\" / \"%2\"").arg(shown(ip.address), shown(ip.netmask)));
            return {};
        }
        result << ip;
    }
    return result;
}

bool HccnToolParser::prefixedValue(const TextLine &line, const QString &prefix, QString *value, ParseError *error)
{
    if (!line.text.startsWith(prefix))
        return TextLines::fail(error, line.number, tr("expected \"%1\", got \"%2\"").arg(prefix, shown(line.text)));
    *value = line.text.mid(prefix.size()).trimmed();
    return true;
}

QList<HccnVnic> HccnToolParser::parseVnic(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    lines.removeIf([](const TextLine &line) { return TextLines::isComment(line.text); });
    if (lines.isEmpty()) {
        TextLines::fail(error, 0, tr("no \"vnic link status:\" line found"));
        return {};
    }
    QList<HccnVnic> result;
    for (int i = 0; i < lines.size(); i += 3) {
        QString link;
        QString address;
        QString netmask;
        const int last = lines.last().number;
        const TextLine missing{last + 1, QString()};
        if (!prefixedValue(lines.at(i), QStringLiteral("vnic link status:"), &link, error)
            || !prefixedValue(i + 1 < lines.size() ? lines.at(i + 1) : missing, QStringLiteral("vnic ipaddr:"), &address, error)
            || !prefixedValue(i + 2 < lines.size() ? lines.at(i + 2) : missing, QStringLiteral("vnic netmask:"), &netmask, error))
            return {};
        if (link != QLatin1String("UP") && link != QLatin1String("DOWN")) {
            TextLines::fail(error, lines.at(i).number, tr("vnic link status is \"%1\", expected UP or DOWN").arg(shown(link)));
            return {};
        }
        if (!isIpAddress(address) || !isIpAddress(netmask)) {
            TextLines::fail(error, lines.at(i + 1).number,
                            tr("not an IP address: \"%1\" / \"%2\"").arg(shown(address), shown(netmask)));
            return {};
        }
        result << HccnVnic{link == QLatin1String("UP"), address, netmask};
    }
    return result;
}

QList<HccnGateway> HccnToolParser::parseGateway(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    static const QRegularExpression re(QStringLiteral("^default gateway:\\s*([^,\\s]+)\\s*,\\s*Iface:\\s*(\\S+)$"));
    QList<HccnGateway> result;
    for (const TextLine &line : std::as_const(lines)) {
        const QRegularExpressionMatch m = re.match(line.text);
        if (!m.hasMatch() || !isIpAddress(m.captured(1))) {
            TextLines::fail(error, line.number, tr("expected \"default gateway:G, Iface:NAME\", got \"%1\"").arg(shown(line.text)));
            return {};
        }
        result << HccnGateway{m.captured(1), m.captured(2)};
    }
    return result;
}

QStringList HccnToolParser::parseNetdetect(const QByteArray &data, ParseError *error)
{
    const QStringList values = parsePrefixed(data, QStringLiteral("netdetect address:"), error);
    for (const QString &value : values) {
        // Unset shows as an empty value; anything else must be an address.
        if (!value.isEmpty() && !isIpAddress(value)) {
            TextLines::fail(error, 0, tr("netdetect address is not an IP address: \"%1\"").arg(shown(value)));
            return {};
        }
    }
    return values;
}

QStringList HccnToolParser::parseNetHealth(const QByteArray &data, ParseError *error)
{
    const QStringList values = parsePrefixed(data, QStringLiteral("net health status:"), error);
    if (values.contains(QString())) {
        TextLines::fail(error, 0, tr("empty net health status"));
        return {};
    }
    return values;
}

QList<bool> HccnToolParser::parseLink(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    QList<bool> result;
    for (const TextLine &line : std::as_const(lines)) {
        if (line.text == QLatin1String("link status: UP"))
            result << true;
        else if (line.text == QLatin1String("link status: DOWN"))
            result << false;
        else {
            TextLines::fail(error, line.number, tr("expected \"link status: UP\" or \"DOWN\", got \"%1\"").arg(shown(line.text)));
            return {};
        }
    }
    return result;
}

QList<HccnTls> HccnToolParser::parseTls(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    static const QRegularExpression re(QStringLiteral(
        "^dev_id:\\s*(\\d+),\\s*tls switch\\[([01])\\].*tls preconfigured\\[([01])\\].*tls alarm time threshold\\[(\\d+)\\]\\s*days"));
    QList<HccnTls> result;
    for (const TextLine &line : std::as_const(lines)) {
        const QRegularExpressionMatch m = re.match(line.text);
        if (!m.hasMatch()) {
            TextLines::fail(error, line.number, tr("expected \"dev_id:N, tls switch[0|1]...\", got \"%1\"").arg(shown(line.text)));
            return {};
        }
        result << HccnTls{m.captured(1).toInt(), m.captured(2) == QLatin1String("1"),
                          m.captured(3) == QLatin1String("1"), m.captured(4).left(6).toInt()};
    }
    return result;
}

int HccnToolParser::parseSetterResult(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return -1;
    for (const TextLine &line : std::as_const(lines)) {
        if (line.text != QLatin1String("Cmd executed successfully!")) {
            TextLines::fail(error, line.number, tr("the command did not succeed: \"%1\"").arg(shown(line.text)));
            return -1;
        }
    }
    return static_cast<int>(lines.size());
}

namespace {
struct LldpState
{
    QString tlv; // the TLV whose body we are in; empty outside any
    bool open = false;
    HccnLldpNeighbour current;
};

void addToTlv(LldpState *state, const QString &text)
{
    HccnLldpNeighbour &n = state->current;
    if (state->tlv == QLatin1String("Chassis ID TLV") && n.chassisId.isEmpty())
        n.chassisId = text;
    else if (state->tlv == QLatin1String("Port ID TLV") && text.startsWith(QLatin1String("Ifname:")))
        n.portIfname = text.mid(7).trimmed();
    else if (state->tlv == QLatin1String("Port ID TLV") && n.portIfname.isEmpty())
        n.portIfname = text; // some switches send a MAC or local name instead
    else if (state->tlv == QLatin1String("System Description TLV"))
        n.systemDescription += (n.systemDescription.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    else if (state->tlv == QLatin1String("Management Address TLV") && n.managementAddress.isEmpty())
        n.managementAddress = text;
}

void closeNeighbour(LldpState *state, QList<HccnLldpNeighbour> *out)
{
    if (state->open)
        out->append(state->current);
    *state = LldpState{};
}
} // namespace

// Full output is TLV blocks: an unindented "... TLV" header, then its (indented, sometimes multi-line) body.
// `| grep Ifname` leaves only the indented "Ifname: PORT" lines, one per device.
QList<HccnLldpNeighbour> HccnToolParser::parseLldp(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    QList<HccnLldpNeighbour> result;
    LldpState state;
    for (const TextLine &line : std::as_const(lines)) {
        const QString text = line.text.trimmed();
        if (text.isEmpty() || TextLines::isElision(text))
            continue;
        const bool indented = line.text.at(0).isSpace();
        if (!indented && text.endsWith(QLatin1String(" TLV"))) {
            if (text == QLatin1String("Chassis ID TLV"))
                closeNeighbour(&state, &result);
            if (text == QLatin1String("End of LLDPDU TLV")) {
                closeNeighbour(&state, &result);
                continue;
            }
            state.tlv = text;
            state.open = true;
        } else if (state.tlv.isEmpty() && text.startsWith(QLatin1String("Ifname:"))) {
            closeNeighbour(&state, &result);
            state.open = true;
            state.current.portIfname = text.mid(7).trimmed();
        } else if (!state.tlv.isEmpty()) {
            addToTlv(&state, text);
        } else {
            TextLines::fail(error, line.number, tr("expected an LLDP TLV header or \"Ifname:\", got \"%1\"").arg(shown(text)));
            return {};
        }
    }
    closeNeighbour(&state, &result);
    return result;
}

namespace {
bool readPingLine(const QString &text, QList<HccnPing> *pings)
{
    static const QRegularExpression head(QStringLiteral("^device (\\d{1,4}) PING (\\S+)$"));
    static const QRegularExpression reply(QStringLiteral("^recv seq=\\d+\\s*,\\s*time=([0-9.]+)\\s*ms$"));
    static const QRegularExpression summary(QStringLiteral(
        "^(\\d+) packets transmitted, (\\d+) received, ([0-9.]+)% packet loss"));
    if (const QRegularExpressionMatch m = head.match(text); m.hasMatch()) {
        HccnPing ping;
        ping.deviceId = m.captured(1).toInt();
        ping.target = m.captured(2);
        pings->append(ping);
        return true;
    }
    if (pings->isEmpty())
        return false;
    HccnPing &ping = pings->last();
    if (const QRegularExpressionMatch m = reply.match(text); m.hasMatch()) {
        bool ok = false;
        ping.rttMs << m.captured(1).toDouble(&ok);
        return ok;
    }
    if (const QRegularExpressionMatch m = summary.match(text); m.hasMatch() && ping.transmitted < 0) {
        bool okT = false, okR = false, okL = false;
        ping.transmitted = m.captured(1).left(9).toInt(&okT);
        ping.received = m.captured(2).left(9).toInt(&okR);
        ping.lossPercent = m.captured(3).toDouble(&okL);
        return okT && okR && okL;
    }
    return false;
}
} // namespace

QList<HccnPing> HccnToolParser::parsePing(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!contentLines(data, &lines, error))
        return {};
    QList<HccnPing> result;
    for (const TextLine &line : std::as_const(lines)) {
        if (!readPingLine(line.text, &result)) {
            TextLines::fail(error, line.number, tr("unexpected ping output \"%1\"").arg(shown(line.text)));
            return {};
        }
    }
    return result;
}

} // namespace AscendDeck
