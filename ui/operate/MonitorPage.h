#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace AscendDeck {

namespace Ui {
class MonitorPage;
}

class AlertModel;
class ClusterMonitor;
class Deployment;
class NpuCharts;
class NpuOverview;
class ServicePanel;

// The live monitor: every NPU of every server as a tile, one server's NPUs as charts, the service's
// figures from its /metrics, and the alerts. Samples stream over one SSH channel per server into bounded
// rings (ClusterMonitor); the view repaints once a second from them, whatever the number of servers.
class MonitorPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPage(Deployment *deployment, QWidget *parent = nullptr);
    ~MonitorPage() override;

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
    QStringList alertTexts() const;

public slots:
    void refresh();

private:
    void createMonitor();
    QWidget *createBody(ClusterMonitor *monitor);
    void chooseCsv();
    void choosePng();

    Deployment *m_deployment;
    std::unique_ptr<ClusterMonitor> m_monitor;
    std::unique_ptr<Ui::MonitorPage> m_ui;
    QTimer m_refresh;
    QWidget *m_body = nullptr;
    QPushButton *m_startStop = nullptr;
    QLineEdit *m_metricsUrl = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chartTitle = nullptr;
    NpuOverview *m_overview = nullptr;
    NpuCharts *m_charts = nullptr;
    ServicePanel *m_service = nullptr;
    AlertModel *m_alertModel;
    QTreeView *m_alerts = nullptr;
};

} // namespace AscendDeck
