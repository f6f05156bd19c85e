#include "ServersPage.h"
#include "ui_ServersPage.h"

#include "ServerListModel.h"

#include "deployment/Deployment.h"
#include "jobs/ServerJob.h"
#include "ops/ServerProbe.h"
#include "remote/SecretStore.h"
#include "remote/SessionPool.h"

#include <QCheckBox>

#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

namespace AscendDeck {

ServersPage::ServersPage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_probe(new ServerJob(deployment->pool(), this))
    , m_ui(std::make_unique<Ui::ServersPage>())
{
    m_ui->setupUi(this);
    connectServerBox();
    connectCredentialBox();

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
    connect(m_deployment, &Deployment::serversChanged, this, [this] {
        refreshMasterChoice();
        updateComplete();
    });
    refreshMasterChoice();
}

ServersPage::~ServersPage() = default;

// The form holds the layout; here its widgets get their model and the settings a form cannot state.
void ServersPage::connectServerBox()
{
    m_addEdit = m_ui->addServerEdit;
    m_table = m_ui->serverTable;
    m_master = m_ui->masterCombo;
    m_testButton = m_ui->testConnectionsButton;
    m_cancelButton = m_ui->cancelTestButton;
    m_progress = m_ui->testProgress;
    m_message = m_ui->serversMessage;
    auto *model = new ServerListModel(m_deployment, m_table);
    m_table->setModel(model);
    connect(model, &ServerListModel::editRefused, m_message, &QLabel::setText);
    m_jump = m_ui->jumpEdit;
    m_jump->setText(m_deployment->project().jump);
    connect(m_jump, &QLineEdit::editingFinished, this, [this] { setJump(m_jump->text()); });
    connect(m_deployment, &Deployment::projectChanged, this, [this] { m_jump->setText(m_deployment->project().jump); });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->setVisible(false);
    QPushButton *addButton = m_ui->addServerButton;
    QPushButton *removeButton = m_ui->removeServerButton;

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
        QList<ProjectServer> servers = m_deployment->project().servers;
        for (int i = 0; i < servers.size(); ++i)
            servers[i].master = i == index;
        m_deployment->setServers(servers);
    });
}

void ServersPage::connectCredentialBox()
{
    m_useAgent = m_ui->useAgentRadio;
    m_useKey = m_ui->useKeyRadio;
    m_usePassword = m_ui->usePasswordRadio;
    m_keyFile = m_ui->keyFileEdit;
    m_passphrase = m_ui->passphraseEdit;
    m_password = m_ui->passwordEdit;
    m_remember = m_ui->rememberCheck;
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ServersPage::forgetSecrets);
    showKeyringState();
    m_keyFile->setText(m_deployment->options().credentials.identityFile);
    QPushButton *browse = m_ui->browseKeyButton;
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
    QList<ProjectServer> servers = m_deployment->project().servers;
    const bool hadMaster = !servers.isEmpty();
    servers += added;
    if (!hadMaster && !servers.isEmpty())
        servers.first().master = true;
    m_deployment->setServers(servers);
    return {};
}

void ServersPage::removeSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || m_probe->isRunning())
        return;
    QList<ProjectServer> servers = m_deployment->project().servers;
    const bool wasMaster = servers.at(row).master;
    servers.removeAt(row);
    if (wasMaster && !servers.isEmpty())
        servers.first().master = true;
    m_deployment->setServers(servers);
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
    if (m_remember->isChecked())
        rememberSecrets(credentials);
    m_deployment->setCredentials(credentials);
}

// The login password and key passphrase typed here, for every server of the list.
void ServersPage::rememberSecrets(const SshCredentials &credentials)
{
    SecretStore *store = m_deployment->secrets();
    for (const SshTarget &target : m_deployment->targets()) {
        if (!credentials.password.isEmpty())
            store->write(SecretStore::Kind::LoginPassword, target, credentials.password);
        if (!credentials.passphrase.isEmpty())
            store->write(SecretStore::Kind::KeyPassphrase, target, credentials.passphrase);
    }
    showKeyringState();
}

void ServersPage::forgetSecrets()
{
    const int row = m_table->currentIndex().row();
    QList<SshTarget> targets = m_deployment->targets();
    if (row >= 0 && row < targets.size())
        targets = {targets.at(row)};
    for (const SshTarget &target : targets)
        m_deployment->secrets()->removeAll(target);
    m_message->setText(row >= 0 && row < m_deployment->serverCount()
                           ? tr("Forgot the remembered secrets of %1.").arg(targets.first().displayName())
                           : tr("Forgot the remembered secrets of every server."));
}

void ServersPage::showKeyringState()
{
    m_ui->keyringLabel->setText(m_deployment->secrets()->description());
}

bool ServersPage::setJump(const QString &text)
{
    QList<SshTarget> hops;
    QString error;
    if (!text.trimmed().isEmpty() && !SshTarget::parseList(text, &hops, &error)) {
        m_message->setText(tr("Jump hosts for all servers: %1").arg(error));
        return false;
    }
    m_deployment->setJump(text.trimmed());
    return true;
}

QString ServersPage::message() const
{
    return m_message->text();
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
