#include "RankTablePage.h"
#include "ui_RankTablePage.h"

#include "FindingView.h"

#include "deployment/Deployment.h"
#include "jobs/ServerJob.h"
#include "ops/RankTableStep.h"
#include "ranktable/RankTableParser.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace AscendDeck {

RankTablePage::RankTablePage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_reader(new ServerJob(deployment->pool(), this))
    , m_uploader(new ServerJob(deployment->pool(), this))
    , m_ui(std::make_unique<Ui::RankTablePage>())
{
    m_ui->setupUi(this);
    m_tree = m_ui->rankTableTree;
    m_json = m_ui->rankTableJson;
    m_findings = m_ui->rankTableFindings;
    m_path = m_ui->rankTablePath;
    m_generateButton = m_ui->generateRankTableButton;
    m_distributeButton = m_ui->distributeRankTableButton;
    m_message = m_ui->rankTableMessage;
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_generateButton, &QPushButton::clicked, this, &RankTablePage::generate);
    connect(m_distributeButton, &QPushButton::clicked, this, &RankTablePage::distribute);
    connect(m_reader, &ServerJob::cancelled, this, [this] {
        m_generateButton->setEnabled(true);
        m_message->setText(tr("Cancelled: nothing was changed."));
    });
    connect(m_uploader, &ServerJob::cancelled, this, [this] {
        m_distributeButton->setEnabled(!m_result.hasErrors());
        m_message->setText(tr("Cancelled: some servers may not have the rank table yet; copy it again."));
    });
    connect(m_reader, &ServerJob::finished, this, [this] {
        QStringList serverIps;
        for (int i = 0; i < m_reader->targets().size(); ++i)
            serverIps << m_deployment->facts(i).address;
        m_generateButton->setEnabled(true);
        m_result = RankTableStep::assemble(m_reader->targets(), serverIps, m_reader->results(),
                                           m_deployment->project().masterIndex());
        m_distributed = false;
        showResult();
        emit generated();
    });
    connect(m_uploader, &ServerJob::finished, this, [this] {
        const QStringList failures = RankTableStep::failures(m_uploader->results());
        m_distributed = failures.isEmpty();
        m_message->setText(m_distributed ? tr("Copied to %1 servers as %2 (mode 0640).").arg(m_deployment->serverCount()).arg(remotePath())
                                         : failures.join(QLatin1Char('\n')));
        m_distributeButton->setEnabled(true);
        updateComplete();
        emit distributed(m_distributed);
    });
}

RankTablePage::~RankTablePage() = default;

void RankTablePage::initializePage()
{
    if (m_result.json.isEmpty() && m_result.error.isEmpty() && !m_reader->isRunning())
        generate();
}

QString RankTablePage::remotePath() const
{
    return m_path->text().trimmed();
}

void RankTablePage::generate()
{
    m_generateButton->setEnabled(false);
    m_message->setText(tr("Reading %1 on %2 servers…").arg(RankTableAssembly::hccnConfPath()).arg(m_deployment->serverCount()));
    m_ui->rankTableJobProgress->bind(m_reader);
    m_reader->start(m_deployment->targets(), RankTableStep::readOperation());
}

void RankTablePage::distribute()
{
    if (m_result.hasErrors() || remotePath().isEmpty())
        return;
    m_distributeButton->setEnabled(false);
    m_message->setText(tr("Copying to %1 servers…").arg(m_deployment->serverCount()));
    m_ui->rankTableJobProgress->bind(m_uploader);
    m_uploader->start(m_deployment->targets(), RankTableStep::distributeOperation(m_result.json, remotePath()));
}

void RankTablePage::showResult()
{
    m_json->setPlainText(QString::fromUtf8(m_result.json));
    QList<Finding> findings = m_result.findings;
    if (!m_result.error.isEmpty())
        findings.prepend({Finding::Severity::Error, QStringLiteral("rank-table-not-built"), QString(), -1, QString(), m_result.error});
    m_findings->setFindings(findings);
    if (m_path->text().isEmpty() && !m_result.fileName.isEmpty())
        m_path->setText(QStringLiteral("/data/") + m_result.fileName);
    m_message->setText(m_result.hasErrors() ? tr("Fix the problems above, then generate again.")
                                            : tr("Ready to copy to every server."));
    m_distributeButton->setEnabled(!m_result.hasErrors());
    fillTree();
    updateComplete();
}

void RankTablePage::fillTree()
{
    m_tree->clear();
    QString error;
    const std::optional<RankTable> table = RankTableParser::parse(m_result.json, &error);
    if (!table)
        return;
    for (const RankTableServer &server : table->servers) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("server %1 (container %2)").arg(server.serverId, server.containerIp)});
        for (const RankTableDevice &device : server.devices)
            new QTreeWidgetItem(item, {tr("device %1").arg(device.deviceId), device.deviceIp, device.rankId});
    }
    m_tree->expandAll();
    // Every column, not only the first: a device IP cut to "192.168.100...." is the one value to read here.
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

bool RankTablePage::isComplete() const
{
    return m_distributed;
}

} // namespace AscendDeck
