#pragma once

#include "loadtest/LoadTestReport.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTableWidget;
class QValueAxis;

namespace AscendDeck {

namespace Ui {
class LoadTestPage;
}

class ChatBox;
class LoadSweepPanel;
class LoadTestJob;

// Smoke test and load test of the running service. The load test is a LoadTestJob (its own thread, so that
// its client-side timings do not wait for the GUI; progress and Cancel below the form); it reports like vLLM's benchmark (request throughput,
// output tokens/s, TTFT, TPOT and ITL with mean, median and p99), plots throughput live and per-request
// latencies at the end, and saves the report as JSON.
class LoadTestPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoadTestPage(QWidget *parent = nullptr);
    ~LoadTestPage() override;

    void setService(const QString &apiUrl, const QString &model);
    void setParameters(int concurrency, int requests, int inputLen, int outputLen);
    void start();
    // Sends nothing more; the report covers the requests sent.
    void cancel();
    bool isRunning() const;
    LoadTestJob *job() const { return m_job; }
    bool saveReport(const QString &path, QString *error = nullptr) const;

    ChatBox *chatBox() const { return m_chat; }
    // The sweep below the load test: it runs the form's test over a series of loads.
    LoadSweepPanel *sweepPanel() const;
    const LoadTestReport &report() const { return m_report; }
    QString resultText(int row, int column) const;
    int livePointCount() const;
    QString statusText() const;

signals:
    void finished(const AscendDeck::LoadTestReport &report);

private:
    void connectForm();
    // The form's test; no value (and a message) when the service address is missing.
    std::optional<LoadTestConfig> formConfig(QString *error) const;
    void createCharts();
    void onProgress(double tokensPerSecond);
    void onFinished(const LoadTestReport &report);
    void onEnded(const QString &status);
    void showReport();
    void chooseDataset();
    void chooseSave();

    std::unique_ptr<Ui::LoadTestPage> m_ui;
    LoadTestJob *m_job;
    LoadTestReport m_report;
    QElapsedTimer m_clock;
    ChatBox *m_chat = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_requests = nullptr;
    QSpinBox *m_inputLen = nullptr;
    QSpinBox *m_outputLen = nullptr;
    QLineEdit *m_dataset = nullptr;
    QCheckBox *m_ignoreEos = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLineSeries *m_throughput = nullptr;
    QValueAxis *m_liveX = nullptr;
    QValueAxis *m_liveY = nullptr;
    QScatterSeries *m_ttft = nullptr;
    QScatterSeries *m_e2el = nullptr;
    QValueAxis *m_latencyX = nullptr;
    QValueAxis *m_latencyY = nullptr;
};

} // namespace AscendDeck
