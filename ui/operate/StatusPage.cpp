#include "StatusPage.h"
#include "ui_StatusPage.h"

#include "DeploymentStatusModel.h"

#include "deployment/Deployment.h"
#include "history/HistoryLocation.h"
#include "jobs/Job.h"
#include "preflight/PreflightLog.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace AscendDeck {

StatusPage::StatusPage(Deployment *deployment, QWidget *parent)
    : QWidget(parent)
    , m_deployment(deployment)
    , m_ui(std::make_unique<Ui::StatusPage>())
    , m_model(new DeploymentStatusModel(this))
    , m_job(new Job(this))
{
    m_ui->setupUi(this);
    m_ui->statusTable->setModel(m_model);
    m_ui->statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->statusTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->statusJobProgress->bind(m_job);
    connect(m_ui->refreshStatusButton, &QPushButton::clicked, this, &StatusPage::refresh);
    connect(m_ui->goToStepButton, &QPushButton::clicked, this, &StatusPage::goToAttention);
    connect(m_ui->statusTable, &QTableView::activated, this, &StatusPage::onCellActivated);
    connect(m_ui->statusTable, &QTableView::doubleClicked, this, &StatusPage::onCellActivated);
    connect(m_ui->statusTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &StatusPage::showCell);
    connect(m_job, &Job::cancelled, this, [this] {
        m_ui->statusSummary->setText(tr("Cancelled; the table shows the last complete read."));
        m_ui->refreshStatusButton->setEnabled(true);
    });
}

StatusPage::~StatusPage() = default;

bool StatusPage::isReading() const
{
    return m_job->isRunning();
}

bool StatusPage::attentionStep(DeploymentStatus::Step *step) const
{
    return !m_readAt.isNull() && m_model->report().firstAttention(step);
}

// Reads every server of the project as it is now (a copy: editing the project meanwhile changes nothing
// here) and the log of its preflight runs, off the GUI thread.
void StatusPage::refresh()
{
    if (m_deployment->serverCount() == 0) {
        m_model->setReport({});
        m_readAt = {};
        m_ui->statusSummary->setText(tr("The project has no servers yet: add them in the Deploy tab."));
        m_ui->goToStepButton->setEnabled(false);
        return;
    }
    const Project project = m_deployment->project();
    const QString logPath = HistoryLocation::preflightFile(HistoryLocation::forProject(m_deployment->projectFile(), project.name));
    SessionPool *pool = m_deployment->pool();
    m_ui->refreshStatusButton->setEnabled(false);
    m_ui->statusSummary->setText(tr("Reading the servers (%1)...").arg(m_deployment->serverCount()));
    m_job->run(tr("Reading where each server stands"), [pool, project, logPath](const JobControl &control) {
        DeploymentStatus::Report report = DeploymentStatus::read(pool, project, control.cancelToken());
        PreflightLog log;
        log.load(logPath); // a damaged log reads as never checked
        DeploymentStatus::addPreflight(&report, log, QDateTime::currentDateTimeUtc());
        return report;
    }, [this](DeploymentStatus::Report report) { showReport(report); });
}

void StatusPage::showReport(const DeploymentStatus::Report &report)
{
    m_readAt = QDateTime::currentDateTime();
    m_model->setReport(report);
    m_ui->refreshStatusButton->setEnabled(true);
    DeploymentStatus::Step step;
    const bool attention = report.firstAttention(&step);
    int cells = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells += m_model->index(row, column).data(DeploymentStatusModel::NeedsAttentionRole).toBool();
    }
    const QString when = m_readAt.toString(QStringLiteral("HH:mm:ss"));
    if (report.unreachable > 0)
        m_ui->statusSummary->setText(tr("Read at %1: servers not read: %2; steps that need attention: %3.")
                                         .arg(when).arg(report.unreachable).arg(cells));
    else if (attention)
        m_ui->statusSummary->setText(tr("Read at %1: steps that need attention: %2.").arg(when).arg(cells));
    else
        m_ui->statusSummary->setText(tr("Read at %1: every server is as the project says.").arg(when));
    m_ui->goToStepButton->setEnabled(attention);
    m_ui->goToStepButton->setText(attention ? tr("Go to: %1").arg(DeploymentStatusModel::stepTitle(step)) : tr("Go to the step"));
    // The first cell that needs attention is selected, its detail shown: what the admin acts on.
    for (int row = 0; attention && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, static_cast<int>(DeploymentStatus::steps().indexOf(step)));
        if (index.data(DeploymentStatusModel::NeedsAttentionRole).toBool()) {
            m_ui->statusTable->setCurrentIndex(index);
            break;
        }
    }
    if (!attention)
        m_ui->statusDetail->clear();
    emit statusRead();
}

void StatusPage::showCell(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_ui->statusDetail->clear();
        return;
    }
    m_ui->statusDetail->setText(tr("%1, %2: %3").arg(m_model->headerData(index.row(), Qt::Vertical).toString(),
                                                      DeploymentStatusModel::stepTitle(DeploymentStatusModel::stepOfColumn(index.column())),
                                                      index.data(Qt::ToolTipRole).toString()));
}

void StatusPage::onCellActivated(const QModelIndex &index)
{
    if (index.isValid())
        emit stepRequested(DeploymentStatusModel::stepOfColumn(index.column()));
}

void StatusPage::goToAttention()
{
    DeploymentStatus::Step step;
    if (attentionStep(&step))
        emit stepRequested(step);
}

} // namespace AscendDeck
