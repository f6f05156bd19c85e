#pragma once

#include "LaunchNodePlan.h"
#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace AscendDeck {

// What a launch will do on every server, in which order: a pure function of the settings, the cluster and
// what was read from the servers (their /etc/hccn.conf and the image's default config.json), so the preview
// the admin confirms is exactly what runs. MindIE: every daemon starts together (rank 0 waits for the
// others within HCCL_CONNECT_TIMEOUT) with its config.json and the shared rank table; vLLM-Ascend: the head
// first, then the headless workers, which connect to it.
struct LaunchPlan
{
    Q_DECLARE_TR_FUNCTIONS(LaunchPlan)

public:
    struct Inputs
    {
        QByteArray mindieDefaultConfig; // the image's conf/config.json; empty: AscendDeck's packaged default
        QList<QByteArray> hccnConfs;    // each node's /etc/hccn.conf, index-aligned with the cluster; may be empty
    };

    EngineSettings settings;
    EngineCluster cluster;
    QList<LaunchNodePlan> nodes;  // index-aligned with cluster.nodes
    QList<QList<int>> waves;      // node indexes per wave, in start order
    int masterIndex = 0;
    QString healthUrl;            // answered once the service is up
    QString apiUrl;               // the OpenAI-compatible API's root (chat box, load test)
    QString metricsUrl;           // Prometheus /metrics (vLLM: the API port; MindIE: its metrics port)
    QStringList errors;           // the launch must not start
    QStringList warnings;
    QStringList notes;            // what the preview could not fill in yet, and similar remarks

    bool canLaunch() const { return errors.isEmpty() && !nodes.isEmpty(); }
    bool isMindIe() const { return settings.kind == EngineSettings::Kind::MindIE; }
    // Every command per server, in order, as the shell would see them: the dry run.
    QString preview() const;

    static LaunchPlan build(const EngineSettings &settings, const EngineCluster &cluster, const Inputs &inputs);
    // The non-destructive reads the plan needs.
    static QStringList readHccnArgv();
    // A named throw-away container prints the image's default config.json; removed before and after.
    static QStringList readDefaultConfigArgv(const EngineSettings &settings);
    static QStringList removeConfigReaderArgv(const EngineSettings &settings);
    static QString mindieConfigInImage();

private:
    void addRankTable(const Inputs &inputs, QList<LaunchFile> *out);
    void addNode(int index, const QByteArray &defaultConfig, const QList<LaunchFile> &shared);
    void checkMindIeConfigs(const QByteArray &defaultConfig);
    void arrangeWaves();
    QString nodeRole(int index) const;
    QString readPreview() const;
    QString healthAddress() const;
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::LaunchPlan)
