#include "ServersPage.h"

#include "ServerListModel.h"

#include "deployment/Deployment.h"
#include "jobs/ServerJob.h"
#include "ops/ServerProbe.h"
#include "remote/SessionPool.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace AscendDeck {

ServersPage::ServersPage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_probe(new ServerJob(deployment->pool(), this))
{
    setObjectName(QStringLiteral("serversPage"));
    setTitle(tr("Servers"));
    setSubTitle(tr("Add the Ascend servers of the deployment, choose how to log in, and test the connections."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createServerBox(), 1);
    layout->addWidget(createCredentialBox());

    connect(m_probe, &ServerJob::serverFinished, this, [this](int index, const CommandResult &result) {
        if (result.ran()) {
            m_deployment->setFacts(index, result.payload.value<ServerFacts>());
            m_deployment->setStatus(index, Deployment::ServerStatus::Connected);
        } else {
            m_deployment->setStatus(index, Deployment::ServerStatus::Failed, result.errorString);
        }
    });
    connect(m_probe, &ServerJob::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_probe, &ServerJob::finished, this, &ServersPage::onTestsEnded);
    connect(m_probe, &ServerJob::cancelled, this, [this] {
        // The cancelled run's late answers are dropped: whoever had not answered yet stays unconnected.
        for (int i = 0; i < m_deployment->serverCount(); ++i) {
            if (m_deployment->status(i) == Deployment::ServerStatus::Connecting)
                m_deployment->setStatus(i, Deployment::ServerStatus::Failed, tr("cancelled"));
        }
        onTestsEnded();
    });
    connect(m_deployment, &Deployment::serverChanged, this, &ServersPage::updateComplete);
    connect(m_deployment, &Deployment::projectChanged, this, [this] {
        refreshMasterChoice();
        updateComplete();
    });
    refreshMasterChoice();
}

QWidget *ServersPage::createServerBox()
{
    auto *box = new QGroupBox(tr("Servers"), this);
    auto *layout = new QVBoxLayout(box);
    auto *addRow = new QHBoxLayout;
    m_addEdit = new QLineEdit(box);
    m_addEdit->setObjectName(QStringLiteral("addServerEdit"));
    m_addEdit->setPlaceholderText(tr("root@10.0.0.1, npu-node-2 (an ~/.ssh/config alias), admin@10.0.0.3:2222 …"));
    auto *addButton = new QPushButton(tr("&Add"), box);
    addButton->setObjectName(QStringLiteral("addServerButton"));
    auto *removeButton = new QPushButton(tr("&Remove"), box);
    addRow->addWidget(new QLabel(tr("Address:"), box));
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(addButton);
    addRow->addWidget(removeButton);
    layout->addLayout(addRow);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("serverTable"));
    m_table->setModel(new ServerListModel(m_deployment, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_master = new QComboBox(box);
    m_master->setObjectName(QStringLiteral("masterCombo"));
    m_master->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_master->setMinimumContentsLength(22);
    m_master->setToolTip(tr("The master holds rank 0 of the rank table and runs the vLLM head."));
    m_testButton = new QPushButton(tr("&Test connections"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionsButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(box);
    m_progress->setVisible(false);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("serversMessage"));
    m_message->setWordWrap(true);
    bottom->addWidget(new QLabel(tr("Master node:"), box));
    bottom->addWidget(m_master);
    bottom->addStretch(1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_testButton);
    bottom->addWidget(m_cancelButton);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    auto add = [this] {
        m_message->setText(addServers(m_addEdit->text()));
        if (m_message->text().isEmpty())
            m_addEdit->clear();
    };
    connect(addButton, &QPushButton::clicked, this, add);
    connect(m_addEdit, &QLineEdit::returnPressed, this, add);
    connect(removeButton, &QPushButton::clicked, this, &ServersPage::removeSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ServersPage::testConnections);
    connect(m_cancelButton, &QPushButton::clicked, this, &ServersPage::cancel);
    connect(m_master, &QComboBox::currentIndexChanged, this, [this](int index) {
        Project &project = m_deployment->editProject();
        for (int i = 0; i < project.servers.size(); ++i)
            project.servers[i].master = i == index;
    });
    return box;
}

QWidget *ServersPage::createCredentialBox()
{
    auto *box = new QGroupBox(tr("Login"), this);
    auto *form = new QFormLayout(box);
    m_useAgent = new QRadioButton(tr("ssh-agent and my default keys"), box);
    m_useKey = new QRadioButton(tr("Key file:"), box);
    m_usePassword = new QRadioButton(tr("Password (kept in memory only):"), box);
    m_useAgent->setObjectName(QStringLiteral("useAgentRadio"));
    m_useKey->setObjectName(QStringLiteral("useKeyRadio"));
    m_usePassword->setObjectName(QStringLiteral("usePasswordRadio"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_useAgent);
    group->addButton(m_useKey);
    group->addButton(m_usePassword);
    m_keyFile = new QLineEdit(m_deployment->options().credentials.identityFile, box);
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    m_passphrase = new QLineEdit(box);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("passphrase, if the key has one"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *browse = new QPushButton(tr("Browse…"), box);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_passphrase);
    keyRow->addWidget(browse);
    form->addRow(m_useAgent);
    form->addRow(m_useKey, keyRow);
    form->addRow(m_usePassword, m_password);
    (m_keyFile->text().isEmpty() ? m_useAgent : m_useKey)->setChecked(true);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty()) {
            m_keyFile->setText(file);
            m_useKey->setChecked(true);
        }
    });
    connect(m_keyFile, &QLineEdit::textEdited, m_useKey, [this] { m_useKey->setChecked(true); });
    connect(m_password, &QLineEdit::textEdited, m_usePassword, [this] { m_usePassword->setChecked(true); });
    return box;
}

QString ServersPage::addServers(const QString &text)
{
    const QStringList entries = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    QList<ProjectServer> added;
    for (const QString &entry : entries) {
        SshTarget target;
        QString error;
        if (!SshTarget::parse(entry, &target, &error))
            return error;
        ProjectServer server;
        server.host = target.host;
        server.port = target.port > 0 ? target.port : 22;
        server.user = target.user.isEmpty() ? QStringLiteral("root") : target.user;
        for (const ProjectServer &existing : m_deployment->project().servers + added) {
            if (existing.host == server.host && existing.port == server.port)
                return tr("%1 is already in the list").arg(entry);
        }
        added << server;
    }
    Project &project = m_deployment->editProject();
    const bool hadMaster = project.masterIndex() >= 0 && !project.servers.isEmpty();
    project.servers += added;
    if (!hadMaster && !project.servers.isEmpty())
        project.servers.first().master = true;
    m_deployment->notifyProjectChanged();
    return {};
}

void ServersPage::removeSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || m_probe->isRunning())
        return;
    Project &project = m_deployment->editProject();
    const bool wasMaster = project.servers.at(row).master;
    project.servers.removeAt(row);
    if (wasMaster && !project.servers.isEmpty())
        project.servers.first().master = true;
    m_deployment->notifyProjectChanged();
}

void ServersPage::applyCredentials()
{
    SshCredentials credentials;
    credentials.useAgent = m_useAgent->isChecked();
    if (m_useKey->isChecked()) {
        credentials.identityFile = m_keyFile->text().trimmed();
        credentials.passphrase = m_passphrase->text();
    }
    if (m_usePassword->isChecked())
        credentials.password = m_password->text();
    m_deployment->setCredentials(credentials);
}

void ServersPage::testConnections()
{
    if (m_deployment->serverCount() == 0) {
        m_message->setText(tr("Add at least one server first."));
        return;
    }
    applyCredentials();
    m_message->clear();
    for (int i = 0; i < m_deployment->serverCount(); ++i)
        m_deployment->setStatus(i, Deployment::ServerStatus::Connecting);
    m_testButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setVisible(true);
    m_probe->start(m_deployment->targets(), &ServerProbe::run);
}

void ServersPage::onTestsEnded()
{
    m_progress->setVisible(false);
    m_testButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    updateComplete();
    emit testsFinished();
}

void ServersPage::cancel()
{
    m_probe->cancel();
}

void ServersPage::refreshMasterChoice()
{
    const QSignalBlocker blocker(m_master);
    m_master->clear();
    for (int i = 0; i < m_deployment->serverCount(); ++i)
        m_master->addItem(m_deployment->target(i).displayName());
    m_master->setCurrentIndex(m_deployment->project().masterIndex());
}

bool ServersPage::isTesting() const
{
    return m_probe->isRunning();
}

bool ServersPage::isComplete() const
{
    return m_deployment->allConnected() && !m_probe->isRunning();
}

bool ServersPage::validatePage()
{
    return isComplete();
}

} // namespace AscendDeck
