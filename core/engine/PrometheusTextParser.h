#pragma once

#include "ascend/ParseError.h"
#include "engine/PrometheusMetrics.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Prometheus text exposition format 0.0.4, as vLLM, MindIE (MIES_SERVICE_MONITOR_MODE=1) and the Ascend
// npu-exporter serve it on /metrics. Comments other than HELP/TYPE, blank lines and "..." elisions are
// skipped; a sample line that does not follow the grammar is an error naming the line.
class PrometheusTextParser
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusTextParser)

public:
    static PrometheusMetrics parse(const QByteArray &data, ParseError *error = nullptr);
    static QList<PrometheusHistogram> histograms(const PrometheusMetrics &metrics);

private:
    static bool parseComment(const QString &line, PrometheusMetrics *metrics);
    static bool parseSample(const QString &line, PrometheusSample *sample, QString *why);
    static bool parseLabels(const QString &line, qsizetype *pos, PrometheusSample *sample, QString *why);
    static bool parseValue(const QString &text, double *value);
    static QString familyOf(const QString &name, const PrometheusMetrics &metrics);
};

} // namespace AscendDeck
