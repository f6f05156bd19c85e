#pragma once

#include "monitor/NpuRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AscendDeck {

// The Prometheus text exposition (format 0.0.4) of the latest sample of every NPU of every server, with the
// metric names of Huawei's npu-exporter (MindCluster) so that its Grafana dashboards read it: label `id` is the
// NPU id and `model_name` the chip name as there, plus `server`, `host` and `chip_id`, since one process serves
// the whole cluster. HELP texts stay English: they are part of the protocol, not of the user interface.
class PrometheusExposition
{
public:
    struct Server
    {
        QString server;
        QString host;
        bool up = false;            // its latest attempt gave a sample
        QList<NpuRecord> records;   // its latest sample; figures of a silent server are not served
    };

    static QByteArray text(const QList<Server> &servers);
    static QByteArray contentType() { return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"); }
    // A label value with backslash, double quote and line feed escaped.
    static QString escapeLabel(const QString &value);
};

} // namespace AscendDeck
