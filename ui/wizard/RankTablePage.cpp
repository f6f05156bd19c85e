#include "RankTablePage.h"
#include "ui_RankTablePage.h"

#include "FindingView.h"

#include "deployment/Deployment.h"
#include "jobs/ServerJob.h"
#include "ranktable/RankTableParser.h"
#include "remote/SessionPool.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace AscendDeck {

namespace {
const QString kHccnConf = QStringLiteral("/etc/hccn.conf");
}

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
    connect(m_reader, &ServerJob::finished, this, [this] {
        QList<RankTableAssembly::ServerInput> inputs;
        QStringList failures;
        for (int i = 0; i < m_reader->results().size(); ++i) {
            const CommandResult &r = m_reader->results().at(i);
            if (!r.ok())
                failures << (r.ran() ? tr("%1: cannot read %2: %3").arg(m_deployment->target(i).displayName(), kHccnConf,
                                                                         QString::fromUtf8(r.err).trimmed())
                                     : r.errorString);
            inputs.append({m_deployment->facts(i).address, r.out});
        }
        m_generateButton->setEnabled(true);
        if (!failures.isEmpty()) {
            m_result = {};
            m_result.error = failures.join(QLatin1Char('\n'));
        } else {
            // The master first, so that it holds rank 0.
            const int master = m_deployment->project().masterIndex();
            if (master > 0)
                inputs.move(master, 0);
            m_result = RankTableAssembly::assemble(inputs);
        }
        m_distributed = false;
        showResult();
        emit generated();
    });
    connect(m_uploader, &ServerJob::finished, this, [this] {
        QStringList failures;
        for (const CommandResult &r : m_uploader->results()) {
            if (!r.ok())
                failures << r.errorString;
        }
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
    m_message->setText(tr("Reading %1 on %2 servers…").arg(kHccnConf).arg(m_deployment->serverCount()));
    m_reader->start(m_deployment->targets(), [](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
        RemoteCommand command;
        command.argv = QStringList{QStringLiteral("cat"), kHccnConf};
        return pool.run(target, command, cancel);
    });
}

void RankTablePage::distribute()
{
    if (m_result.hasErrors() || remotePath().isEmpty())
        return;
    m_distributeButton->setEnabled(false);
    const QByteArray json = m_result.json;
    const QString path = remotePath();
    m_message->setText(tr("Copying to %1 servers…").arg(m_deployment->serverCount()));
    m_uploader->start(m_deployment->targets(), [json, path](SessionPool &pool, const SshTarget &target, const CancelToken &cancel) {
        return pool.upload(target, json, path, 0640, cancel);
    });
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
