#include "HccnConfParser.h"

#include "ascend/AddressCheck.h"
#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

HccnConf HccnConfParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    HccnConf conf;
    for (const TextLine &line : std::as_const(lines)) {
        if (!parseLine(line.text.trimmed(), line.number, &conf, error))
            return {};
    }
    if (conf.npus.isEmpty()) {
        TextLines::fail(error, 0, tr("no key_N=value settings found"));
        return {};
    }
    return conf;
}

bool HccnConfParser::parseLine(const QString &line, int number, HccnConf *conf, ParseError *error)
{
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || TextLines::isElision(line))
        return true;
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z][A-Za-z_]*)_(\\d{1,3})\\s*=\\s*(.*)$"));
    const QRegularExpressionMatch match = keyValue.match(line);
    if (!match.hasMatch())
        return TextLines::fail(error, number, tr("expected key_N=value, got \"%1\"").arg(line.left(80)));
    const int device = match.captured(2).toInt();
    return store(match.captured(1), match.captured(3).trimmed(), number, &conf->npus[device], error);
}

bool HccnConfParser::store(const QString &key, const QString &value, int number, HccnNpuSettings *npu,
                           ParseError *error)
{
    QString *text = nullptr;
    if (key == QLatin1String("address"))
        text = &npu->address;
    else if (key == QLatin1String("netmask"))
        text = &npu->netmask;
    else if (key == QLatin1String("netdetect"))
        text = &npu->netdetect;
    else if (key == QLatin1String("gateway"))
        text = &npu->gateway;
    if (text) {
        if (!text->isEmpty())
            return TextLines::fail(error, number, tr("%1 is set twice for this device").arg(key));
        if (!isIpv4Address(value))
            return TextLines::fail(error, number, tr("%1 is not an IPv4 address: \"%2\"").arg(key, value.left(80)));
        *text = value;
        return true;
    }
    int *flag = key == QLatin1String("send_arp_status") ? &npu->sendArpStatus
              : key == QLatin1String("tls_enable")      ? &npu->tlsEnable
                                                         : nullptr;
    if (flag) {
        if (*flag != -1)
            return TextLines::fail(error, number, tr("%1 is set twice for this device").arg(key));
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return TextLines::fail(error, number, tr("%1 must be 0 or 1, got \"%2\"").arg(key, value.left(80)));
        *flag = value.toInt();
        return true;
    }
    if (npu->other.contains(key))
        return TextLines::fail(error, number, tr("%1 is set twice for this device").arg(key));
    npu->other.insert(key, value);
    return true;
}

} // namespace AscendDeck
