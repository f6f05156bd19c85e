#pragma once

#include "history/HistoryPoint.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace AscendDeck {

namespace Ui {
class MonitorPage;
}

class AlertHistoryModel;
class AlertModel;
class ClusterMonitor;
class Deployment;
class HistoryRecorder;
class HottestNpuModel;
class Job;
class NpuCharts;
class NpuOverview;
class ServicePanel;

// The monitor of any cluster (servers are enough, nothing need be deployed): every NPU of every server as a
// tile, a compact row of charts per server and one server's NPUs in detail, the hottest and fullest NPUs,
// the service's figures from its /metrics, and the alerts. Samples stream over one SSH channel per server
// into bounded rings (ClusterMonitor); the view repaints once a second from them, whatever the number of
// servers. While monitoring, a HistoryRecorder keeps the samples and alerts in the project's history, from
// which the charts read past ranges and, when the page is made, the minutes before it.
class MonitorPage : public QWidget
{
    Q_OBJECT
public:
    // What the charts show: the live rings, or a range read from the history ending now.
    enum Range { Live, LastHour, Last6Hours, Last24Hours, Last7Days, Last30Days, RangeCount };

    explicit MonitorPage(Deployment *deployment, QWidget *parent = nullptr);
    ~MonitorPage() override;

    // The project file the history belongs to (the window sets it on open, save and save as). Empty for a
    // project not saved yet: its history is kept under the project's name (see historyRoot()).
    void setProjectPath(const QString &path);
    QString projectPath() const { return m_projectPath; }
    // The history folder of the project: by the file's path, or for an unsaved project by its name, so that
    // an unsaved project monitored again under the same name finds its past.
    QString historyRoot() const;
    HistoryRecorder *recorder() const { return m_recorder.get(); }
    // On by default; off, monitoring keeps nothing on disk (takes effect at the next start).
    void setRecordsHistory(bool on) { m_recordsHistory = on; }

    void setRange(Range range);
    Range range() const;
    static qint64 rangeMs(Range range);

    void startMonitoring();
    void stopMonitoring();
    bool isMonitoring() const;
    // Where the service's Prometheus metrics are; polled while monitoring.
    void setMetricsUrl(const QString &url);
    void showServer(int server);

    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path);

    ClusterMonitor *monitor() const { return m_monitor.get(); }
    NpuOverview *overview() const { return m_overview; }
    NpuCharts *charts() const { return m_charts; }
    ServicePanel *servicePanel() const { return m_service; }
    // The compact charts of one server (every server has a row).
    NpuCharts *serverCharts(int server) const { return m_serverCharts.value(server); }
    int serverChartsCount() const { return int(m_serverCharts.size()); }
    HottestNpuModel *hottestModel() const { return m_hottest; }
    AlertHistoryModel *alertHistoryModel() const { return m_alertHistory; }
    QStringList alertTexts() const;
    // Re-reads the alert history of the range (live: the last 24 hours) in the background.
    void reloadAlertHistory();

public slots:
    void refresh();
    void refreshServerRows();

private:
    void createMonitor();
    QWidget *createBody(ClusterMonitor *monitor);
    QWidget *createSideTabs(QWidget *parent);
    QWidget *createServerRows(ClusterMonitor *monitor, QWidget *parent);
    void updateChartTitle();
    void useRecorder();
    void readRange();
    void showHistory(const QList<HistorySeries> &series, qint64 fromMs, qint64 toMs);
    void seedFromHistory();
    void applySeed(const QList<HistorySeries> &series);
    void chooseCsv();
    void choosePng();

    Deployment *m_deployment;
    QString m_projectPath;
    std::unique_ptr<ClusterMonitor> m_monitor;
    std::unique_ptr<HistoryRecorder> m_recorder; // after m_monitor: detaches before the monitor goes
    Job *m_historyJob;
    Job *m_seedJob;
    Job *m_alertJob;
    qint64 m_rangeFromMs = 0;
    qint64 m_rangeToMs = 0;
    int m_ticks = 0;
    bool m_recordsHistory = true;
    std::unique_ptr<Ui::MonitorPage> m_ui;
    QTimer m_refresh;
    QWidget *m_body = nullptr;
    QPushButton *m_startStop = nullptr;
    QLineEdit *m_metricsUrl = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chartTitle = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_rankBy = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    NpuOverview *m_overview = nullptr;
    NpuCharts *m_charts = nullptr;
    QList<NpuCharts *> m_serverCharts;
    HottestNpuModel *m_hottest;
    AlertHistoryModel *m_alertHistory;
    ServicePanel *m_service = nullptr;
    AlertModel *m_alertModel;
    QTreeView *m_alerts = nullptr;
};

} // namespace AscendDeck
