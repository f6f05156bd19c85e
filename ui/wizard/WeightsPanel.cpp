#include "WeightsPanel.h"

#include "ui_WeightsPanel.h"

#include "FindingView.h"
#include "JobProgress.h"
#include "WeightsModel.h"
#include "deployment/Deployment.h"
#include "weights/WeightsSyncJob.h"

#include <QHeaderView>

namespace AscendDeck {

namespace {
struct Servers
{
    SshTarget reference;
    QList<SshTarget> targets;
};

// The master holds the reference copy; every other server is a target.
Servers serversOf(const Deployment &deployment)
{
    Servers servers;
    const QList<SshTarget> all = deployment.targets();
    const int master = qBound(0, deployment.project().masterIndex(), int(all.size()) - 1);
    for (int i = 0; i < all.size(); ++i) {
        if (i == master)
            servers.reference = all.at(i);
        else
            servers.targets << all.at(i);
    }
    return servers;
}
} // namespace

WeightsPanel::WeightsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WeightsPanel>())
    , m_model(new WeightsModel(this))
    , m_check(new Job(this))
{
    m_ui->setupUi(this);
    m_ui->weightsTable->setModel(m_model);
    m_ui->weightsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->weightsTable->verticalHeader()->hide();
    m_ui->weightsFindings->setPlaceholderText(tr("Check lists the model folder on every server."));
    connect(m_ui->weightsCheckButton, &QPushButton::clicked, this, &WeightsPanel::check);
    connect(m_ui->weightsCopyButton, &QPushButton::clicked, this, &WeightsPanel::copy);
    connect(m_check, &Job::finished, this, &WeightsPanel::updateButtons);
    connect(m_check, &Job::cancelled, this, &WeightsPanel::updateButtons);
    updateButtons();
}

WeightsPanel::~WeightsPanel() = default;

void WeightsPanel::setDeployment(Deployment *deployment)
{
    m_deployment = deployment;
    m_sync = new WeightsSyncJob(deployment->pool(), this);
    connect(m_sync, &WeightsSyncJob::targetProgress, m_model, &WeightsModel::setProgress);
    connect(m_sync, &WeightsSyncJob::resultReady, this, [this](const WeightsSyncResult &result) {
        m_model->setStatus(result.before, overwrite());
        m_model->setResult(result);
        m_ui->weightsFindings->setFindings(result.findings);
        m_ui->weightsSummary->setText(result.ok() ? tr("Every server holds the master's files (verified by sha256).")
                                                  : tr("The copy did not complete everywhere; see below."));
        emit copied();
    });
    connect(m_sync, &Job::finished, this, &WeightsPanel::updateButtons);
    connect(m_sync, &Job::cancelled, this, [this] {
        m_ui->weightsSummary->setText(tr("Cancelled: the cut files wait on the servers; copy again to resume."));
        updateButtons();
    });
    connect(deployment, &Deployment::projectChanged, this, &WeightsPanel::updateButtons);
    connect(deployment, &Deployment::serversChanged, this, &WeightsPanel::updateButtons);
    updateButtons();
}

void WeightsPanel::setModelPath(const QString &path)
{
    if (path == m_modelPath)
        return;
    m_modelPath = path;
    m_model->clear();
    m_ui->weightsSummary->setText(tr("Model folder: %1").arg(path));
    updateButtons();
}

bool WeightsPanel::isRunning() const
{
    return m_check->isRunning() || (m_sync && m_sync->isRunning());
}

QString WeightsPanel::summary() const
{
    return m_ui->weightsSummary->text();
}

bool WeightsPanel::overwrite() const
{
    return m_ui->weightsOverwriteCheck->isChecked();
}

void WeightsPanel::updateButtons()
{
    const bool usable = m_deployment && m_deployment->serverCount() > 1 && !m_modelPath.isEmpty() && !isRunning();
    m_ui->weightsCheckButton->setEnabled(usable);
    m_ui->weightsCopyButton->setEnabled(usable);
}

void WeightsPanel::check()
{
    if (!m_deployment)
        return;
    const Servers servers = serversOf(*m_deployment);
    SessionPool *pool = m_deployment->pool();
    const QString dir = m_modelPath;
    const bool overwriting = overwrite();
    m_ui->weightsProgress->bind(m_check);
    m_check->run(
        tr("Listing %1 on every server…").arg(dir),
        [pool, servers, dir](const JobControl &control) {
            return WeightsStatus::read(pool, servers.reference, servers.targets, dir, false, control.cancelToken());
        },
        [this, overwriting](const WeightsStatus &status) {
            m_model->setStatus(status, overwriting);
            m_ui->weightsFindings->setFindings(status.findings(overwriting));
            m_ui->weightsSummary->setText(status.isComplete()
                                              ? tr("Every server holds the master's files (by size).")
                                              : tr("%1 still to copy in all.")
                                                    .arg(WeightsStatus::formatBytes([&status, overwriting] {
                                                        qint64 bytes = 0;
                                                        for (const WeightsServerStatus &s : status.servers)
                                                            bytes += s.comparison.bytesToCopy(overwriting);
                                                        return bytes;
                                                    }())));
            emit checked();
        });
    updateButtons();
}

void WeightsPanel::copy()
{
    if (!m_deployment || !m_sync)
        return;
    const Servers servers = serversOf(*m_deployment);
    WeightsSyncOptions options;
    options.reference = servers.reference;
    options.targets = servers.targets;
    options.dir = m_modelPath;
    options.overwrite = overwrite();
    m_ui->weightsProgress->bind(m_sync);
    m_ui->weightsSummary->setText(tr("Copying %1 from %2, server to server…").arg(options.dir,
                                                                                options.reference.displayName()));
    m_sync->start(options);
    updateButtons();
}

} // namespace AscendDeck
