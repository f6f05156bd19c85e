#pragma once

#include "loadtest/LoadSweepReport.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLineSeries;
class QValueAxis;

namespace AscendDeck {

namespace Ui {
class LoadSweepPanel;
}

class LoadSweepJob;

// The load test page's sweep: the page's test (service, requests, lengths, dataset) over a series of loads, or
// a capacity search against latency targets (LoadSweepJob, its own thread). The throughput-latency curve
// (output tokens/s and TTFT/TPOT p95 against the load) grows live as the steps finish; the report is saved
// as JSON or CSV, as the CLI's `loadtest --sweep/--slo` writes them.
class LoadSweepPanel : public QWidget
{
    Q_OBJECT
public:
    // The page's test as the sweep's base; no value (with a message) when the form is not filled in.
    using BaseConfigSource = std::function<std::optional<LoadTestConfig>(QString *error)>;

    explicit LoadSweepPanel(QWidget *parent = nullptr);
    ~LoadSweepPanel() override;

    void setBaseConfigSource(BaseConfigSource source) { m_baseConfig = std::move(source); }
    // The form's fields: "concurrency=1,2,4" (empty: search), "ttft_p95_ms=2000", "concurrency=64".
    void setSweep(const QString &loads, const QString &targets, const QString &searchMax, int warmup);
    void start();
    // Aborts the current step; the report holds the steps that finished.
    void stop();
    bool isRunning() const;
    LoadSweepJob *job() const { return m_job; }

    const LoadSweepReport &report() const { return m_report; }
    bool saveJson(const QString &path, QString *error = nullptr) const;
    bool saveCsv(const QString &path, QString *error = nullptr) const;
    int curvePointCount() const;
    QString statusText() const;

signals:
    void finished(const AscendDeck::LoadSweepReport &report);

private:
    std::optional<LoadSweepConfig> readForm(QString *error) const;
    void createChart();
    void onStep(const LoadSweepStep &step);
    void onFinished(const LoadSweepReport &report);
    void redrawCurve();
    void chooseSave(bool csv);

    std::unique_ptr<Ui::LoadSweepPanel> m_ui;
    LoadSweepJob *m_job;
    BaseConfigSource m_baseConfig;
    LoadSweepReport m_report;
    QList<LoadSweepStep> m_steps; // of the run going on, for the live curve
    QLineSeries *m_throughput = nullptr;
    QLineSeries *m_ttftP95 = nullptr;
    QLineSeries *m_tpotP95 = nullptr;
    QValueAxis *m_loadAxis = nullptr;
    QValueAxis *m_throughputAxis = nullptr;
    QValueAxis *m_latencyAxis = nullptr;
};

} // namespace AscendDeck
