#include "PrometheusTextParser.h"

#include "ascend/TextLines.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace AscendDeck {

QString PrometheusSample::label(const QString &key) const
{
    for (const auto &pair : labels) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

const PrometheusSample *PrometheusMetrics::find(const QString &name, const QString &modelName) const
{
    for (const PrometheusSample &sample : samples) {
        if (sample.name == name && (modelName.isEmpty() || sample.label(QStringLiteral("model_name")) == modelName))
            return &sample;
    }
    return nullptr;
}

namespace {
bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

QString readName(const QString &line, qsizetype *pos)
{
    const qsizetype start = *pos;
    if (start < line.size() && isNameStart(line.at(start))) {
        while (*pos < line.size() && isNameChar(line.at(*pos)))
            ++*pos;
    }
    return line.mid(start, *pos - start);
}

void skipSpaces(const QString &line, qsizetype *pos)
{
    while (*pos < line.size() && (line.at(*pos) == QLatin1Char(' ') || line.at(*pos) == QLatin1Char('\t')))
        ++*pos;
}

// A quoted label value with the format's three escapes; *pos is on the opening quote.
bool readQuoted(const QString &line, qsizetype *pos, QString *out)
{
    ++*pos;
    while (*pos < line.size()) {
        const QChar c = line.at((*pos)++);
        if (c == QLatin1Char('"'))
            return true;
        if (c != QLatin1Char('\\')) {
            *out += c;
            continue;
        }
        if (*pos >= line.size())
            return false;
        const QChar e = line.at((*pos)++);
        *out += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e;
    }
    return false;
}
} // namespace

bool PrometheusTextParser::parseValue(const QString &text, double *value)
{
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("NaN")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    // toDouble accepts "inf"/"nan" spellings the format does not; reject them so garbage stays garbage.
    return ok && std::isfinite(*value);
}

bool PrometheusTextParser::parseLabels(const QString &line, qsizetype *pos, PrometheusSample *sample, QString *why)
{
    ++*pos; // '{'
    for (;;) {
        skipSpaces(line, pos);
        if (*pos < line.size() && line.at(*pos) == QLatin1Char('}')) {
            ++*pos;
            return true;
        }
        const QString key = readName(line, pos);
        skipSpaces(line, pos);
        if (key.isEmpty() || *pos >= line.size() || line.at(*pos) != QLatin1Char('=')) {
            *why = tr("expected label=\"value\" at column %1").arg(*pos + 1);
            return false;
        }
        ++*pos;
        skipSpaces(line, pos);
        QString value;
        if (*pos >= line.size() || line.at(*pos) != QLatin1Char('"') || !readQuoted(line, pos, &value)) {
            *why = tr("unterminated label value for \"%1\"").arg(key.left(40));
            return false;
        }
        sample->labels.append({key, value});
        skipSpaces(line, pos);
        if (*pos < line.size() && line.at(*pos) == QLatin1Char(','))
            ++*pos;
        else if (*pos >= line.size() || line.at(*pos) != QLatin1Char('}')) {
            *why = tr("expected ',' or '}' at column %1").arg(*pos + 1);
            return false;
        }
    }
}

bool PrometheusTextParser::parseSample(const QString &line, PrometheusSample *sample, QString *why)
{
    qsizetype pos = 0;
    sample->name = readName(line, &pos);
    if (sample->name.isEmpty()) {
        *why = tr("expected a metric name");
        return false;
    }
    if (pos < line.size() && line.at(pos) == QLatin1Char('{') && !parseLabels(line, &pos, sample, why))
        return false;
    const QStringList rest = line.mid(pos).split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
    if (rest.isEmpty() || rest.size() > 2 || (pos < line.size() && !line.at(pos).isSpace() && line.at(pos - 1) != QLatin1Char('}'))) {
        *why = tr("expected \"name{labels} value [timestamp]\"");
        return false;
    }
    if (!parseValue(rest.at(0), &sample->value)) {
        *why = tr("not a number: \"%1\"").arg(rest.at(0).left(40));
        return false;
    }
    if (rest.size() == 2) {
        bool ok = false;
        sample->timestampMs = rest.at(1).toLongLong(&ok);
        if (!ok) {
            *why = tr("not a timestamp: \"%1\"").arg(rest.at(1).left(40));
            return false;
        }
    }
    return true;
}

bool PrometheusTextParser::parseComment(const QString &line, PrometheusMetrics *metrics)
{
    static const QRegularExpression re(QStringLiteral("^#\\s*(HELP|TYPE)\\s+([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\s+(.*))?$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return true; // free-form comment
    PrometheusFamily &family = metrics->families[m.captured(2)];
    if (m.captured(1) == QLatin1String("HELP")) {
        family.help = m.captured(3);
        return true;
    }
    static const QStringList types{QStringLiteral("counter"), QStringLiteral("gauge"), QStringLiteral("histogram"),
                                   QStringLiteral("summary"), QStringLiteral("untyped")};
    family.type = m.captured(3).trimmed();
    return types.contains(family.type);
}

QString PrometheusTextParser::familyOf(const QString &name, const PrometheusMetrics &metrics)
{
    if (metrics.families.contains(name))
        return name;
    for (const QLatin1String suffix : {QLatin1String("_bucket"), QLatin1String("_sum"), QLatin1String("_count"), QLatin1String("_created")}) {
        if (name.endsWith(suffix) && metrics.families.contains(name.chopped(suffix.size())))
            return name.chopped(suffix.size());
    }
    return name;
}

PrometheusMetrics PrometheusTextParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    PrometheusMetrics metrics;
    for (const TextLine &line : std::as_const(lines)) {
        const QString text = line.text.trimmed();
        if (text.isEmpty() || TextLines::isElision(text))
            continue;
        if (text.startsWith(QLatin1Char('#'))) {
            if (!parseComment(text, &metrics)) {
                TextLines::fail(error, line.number, tr("unknown metric type in \"%1\"").arg(text.left(80)));
                return {};
            }
            continue;
        }
        PrometheusSample sample;
        QString why;
        if (!parseSample(text, &sample, &why)) {
            TextLines::fail(error, line.number, why);
            return {};
        }
        sample.family = familyOf(sample.name, metrics);
        sample.line = line.number;
        metrics.samples << sample;
    }
    if (metrics.samples.isEmpty()) {
        TextLines::fail(error, 0, tr("no metric samples found"));
        return {};
    }
    return metrics;
}

namespace {
QList<QPair<QString, QString>> withoutLe(const QList<QPair<QString, QString>> &labels)
{
    QList<QPair<QString, QString>> out;
    for (const auto &pair : labels) {
        if (pair.first != QLatin1String("le"))
            out << pair;
    }
    return out;
}

PrometheusHistogram &histogramFor(QList<PrometheusHistogram> *list, const PrometheusSample &sample)
{
    const QList<QPair<QString, QString>> labels = withoutLe(sample.labels);
    for (PrometheusHistogram &h : *list) {
        if (h.name == sample.family && h.labels == labels)
            return h;
    }
    list->append(PrometheusHistogram{sample.family, labels, {}, std::nullopt, std::nullopt});
    return list->last();
}
} // namespace

QList<PrometheusHistogram> PrometheusTextParser::histograms(const PrometheusMetrics &metrics)
{
    QList<PrometheusHistogram> result;
    for (const PrometheusSample &sample : metrics.samples) {
        if (metrics.families.value(sample.family).type != QLatin1String("histogram"))
            continue;
        PrometheusHistogram &h = histogramFor(&result, sample);
        double le = 0;
        if (sample.name == sample.family + QLatin1String("_bucket") && parseValue(sample.label(QStringLiteral("le")), &le))
            h.buckets.append({le, sample.value});
        else if (sample.name == sample.family + QLatin1String("_sum"))
            h.sum = sample.value;
        else if (sample.name == sample.family + QLatin1String("_count"))
            h.count = sample.value;
    }
    for (PrometheusHistogram &h : result)
        std::sort(h.buckets.begin(), h.buckets.end());
    return result;
}

} // namespace AscendDeck
