#include "PreflightPage.h"
#include "ui_PreflightPage.h"

#include "FindingModel.h"
#include "FindingView.h"

#include "deployment/Deployment.h"
#include "engine/EngineSettings.h"
#include "jobs/ServerJob.h"
#include "history/HistoryLocation.h"
#include "log/Log.h"
#include "ops/PreflightRunner.h"
#include "preflight/PreflightCheck.h"
#include "preflight/PreflightLog.h"
#include "preflight/PreflightRules.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>

namespace AscendDeck {

namespace {
const QString kDefaultImage = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");

QString severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info: return PreflightPage::tr("pass");
    case Finding::Severity::Warning: return PreflightPage::tr("warning");
    case Finding::Severity::Error: return PreflightPage::tr("FAIL");
    }
    return {};
}

QColor colourOf(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info: return {0xc8, 0xe6, 0xc9};
    case Finding::Severity::Warning: return {0xff, 0xe0, 0xa3};
    case Finding::Severity::Error: return {0xf6, 0xc6, 0xc2};
    }
    return {};
}
} // namespace

PreflightPage::PreflightPage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_gather(new ServerJob(deployment->pool(), this))
    , m_ui(std::make_unique<Ui::PreflightPage>())
{
    m_ui->setupUi(this);
    m_image = m_ui->preflightImageEdit;
    m_modelPath = m_ui->preflightModelPathEdit;
    m_table = m_ui->preflightTable;
    m_details = m_ui->preflightDetails;
    m_summary = m_ui->preflightSummary;
    m_runButton = m_ui->runPreflightButton;
    m_rerunButton = m_ui->rerunCheckButton;
    m_image->setText(kDefaultImage);
    m_details->setPlaceholderText(tr("Select a cell to see what the check found on that server."));

    connect(m_runButton, &QPushButton::clicked, this, &PreflightPage::runAll);
    connect(m_rerunButton, &QPushButton::clicked, this, &PreflightPage::rerunSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PreflightPage::showDetails);
    m_ui->preflightJobProgress->bind(m_gather);
    connect(m_gather, &ServerJob::cancelled, this, [this] {
        m_runButton->setEnabled(true);
        m_rerunButton->setEnabled(m_table->currentRow() >= 0);
        m_summary->setText(tr("Cancelled; the servers not yet checked have no results."));
        updateComplete();
    });
    connect(m_gather, &ServerJob::finished, this, [this] {
        const QList<PreflightFacts> facts = PreflightRunner::factsFrom(m_gather->targets(), m_gather->results());
        PreflightRequest request;
        request.image = m_image->text().trimmed();
        request.modelPath = m_modelPath->text().trimmed();
        const QList<Finding> fresh = PreflightRules::evaluate(facts, request);
        if (m_onlyCheck.isEmpty()) {
            m_findings = fresh;
        } else {
            // Only the re-run check's findings are replaced; the others keep what was shown.
            m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                                            [this](const Finding &f) { return f.code == m_onlyCheck; }),
                             m_findings.end());
            for (const Finding &f : fresh) {
                if (f.code == m_onlyCheck)
                    m_findings.append(f);
            }
        }
        if (m_onlyCheck.isEmpty())
            recordRun();
        m_onlyCheck.clear();
        m_runButton->setEnabled(true);
        m_rerunButton->setEnabled(true);
        showFindings();
        updateComplete();
        emit finished();
    });
}

PreflightPage::~PreflightPage() = default;

// A full run is remembered with the project's history, for the status view ("passed 2 h ago").
void PreflightPage::recordRun()
{
    const QString path = HistoryLocation::preflightFile(HistoryLocation::forProject(m_deployment->projectFile(), m_deployment->project().name));
    QStringList servers;
    for (const SshTarget &target : m_gather->targets())
        servers << target.displayName();
    QString error;
    if (!PreflightLog::recordRun(path, servers, m_findings, &error))
        Log::app()->warn("{}", error.toStdString());
}

void PreflightPage::initializePage()
{
    const EngineSettings settings = m_deployment->project().engine.value_or(EngineSettings());
    if (!settings.image.isEmpty())
        m_image->setText(settings.image);
    if (!settings.modelPath.isEmpty())
        m_modelPath->setText(settings.modelPath);
    if (m_findings.isEmpty() && !m_gather->isRunning())
        runAll();
}

void PreflightPage::storeRequest()
{
    // The image and the model chosen here are the engine's: the engine page starts from them.
    EngineSettings settings = m_deployment->project().engine.value_or(EngineSettings());
    settings.image = m_image->text().trimmed();
    settings.modelPath = m_modelPath->text().trimmed();
    m_deployment->setEngineSettings(settings);
}

void PreflightPage::runAll()
{
    storeRequest();
    PreflightRequest request;
    request.image = m_image->text().trimmed();
    request.modelPath = m_modelPath->text().trimmed();
    m_runButton->setEnabled(false);
    m_rerunButton->setEnabled(false);
    m_summary->setText(tr("Checking %1 servers…").arg(m_deployment->serverCount()));
    m_gather->start(m_deployment->targets(), PreflightRunner::operation(request));
    updateComplete();
}

void PreflightPage::rerunSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_onlyCheck = m_checks.value(row);
    runAll();
}

bool PreflightPage::isRunning() const
{
    return m_gather->isRunning();
}

// The matrix of checks x servers; each cell shows the worst finding of its check on its server. The cells
// only display: what they stand for is m_checks, m_hosts and m_findings.
void PreflightPage::showFindings()
{
    m_checks.clear();
    for (const Finding &f : m_findings) {
        if (!m_checks.contains(f.code))
            m_checks << f.code;
    }
    const QList<SshTarget> targets = m_deployment->targets();
    m_table->clear();
    m_table->setRowCount(static_cast<int>(m_checks.size()));
    m_table->setColumnCount(static_cast<int>(targets.size()));
    // Findings name servers as the runner does (user@host:port); the headers show the host.
    m_hosts.clear();
    QStringList headers;
    for (const SshTarget &t : targets) {
        m_hosts << t.displayName();
        headers << t.host;
    }
    m_table->setHorizontalHeaderLabels(headers);
    QStringList titles;
    for (const QString &check : std::as_const(m_checks))
        titles << PreflightCheck::title(check);
    m_table->setVerticalHeaderLabels(titles);
    for (int r = 0; r < m_checks.size(); ++r) {
        for (int c = 0; c < m_hosts.size(); ++c) {
            const QList<Finding> cell = cellFindings(r, c);
            if (cell.isEmpty())
                continue;
            // Several findings of one check on one server (one per NPU): the cell shows the worst.
            const Finding::Severity worst = Finding::worst(cell);
            auto *item = new QTableWidgetItem(severityText(worst));
            item->setBackground(colourOf(worst));
            item->setTextAlignment(Qt::AlignCenter);
            QStringList lines;
            for (const Finding &f : cell)
                lines << FindingModel::lineText(f);
            item->setToolTip(lines.join(QLatin1Char('\n')));
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setText(tr("%1 passed, %2 warnings, %3 failed")
                           .arg(Finding::countOf(m_findings, Finding::Severity::Info))
                           .arg(Finding::countOf(m_findings, Finding::Severity::Warning))
                           .arg(Finding::countOf(m_findings, Finding::Severity::Error)));
    // Show the first failure straight away: that is what the admin has to act on.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (Finding::hasError(cellFindings(r, c))) {
                m_table->setCurrentCell(r, c);
                showDetails(); // the cell may already have been current: no change signal then
                return;
            }
        }
    }
    showDetails();
}

QList<Finding> PreflightPage::cellFindings(int row, int column) const
{
    QList<Finding> cell;
    for (const Finding &f : m_findings) {
        if (f.code == m_checks.value(row) && f.server == m_hosts.value(column))
            cell << f;
    }
    return cell;
}

void PreflightPage::showDetails()
{
    m_details->setFindings(cellFindings(m_table->currentRow(), m_table->currentColumn()));
}

QString PreflightPage::details() const
{
    return m_details->findingModel()->text();
}

bool PreflightPage::isComplete() const
{
    if (m_gather->isRunning() || m_findings.isEmpty())
        return false;
    return !Finding::hasError(m_findings);
}

} // namespace AscendDeck
