#include "NetworkPage.h"
#include "ui_NetworkPage.h"

#include "FindingView.h"

#include "Confirmation.h"
#include "TopologyDiagram.h"

#include "deployment/Deployment.h"
#include "jobs/Job.h"
#include "network/HccnBackup.h"
#include "network/HccnPlanValidator.h"
#include "network/HccnPlanner.h"
#include "ops/NetworkApply.h"
#include "ops/NetworkVerify.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <atomic>
#include <memory>

namespace AscendDeck {

namespace {
enum Column { ServerColumn, NpuColumn, AddressColumn, NetmaskColumn, GatewayColumn, NetdetectColumn, ColumnCount };
const QColor kBad(0xf6, 0xc6, 0xc2);
const QColor kGood(0xc8, 0xe6, 0xc9);
} // namespace

NetworkPage::NetworkPage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_job(new Job(this))
    , m_ui(std::make_unique<Ui::NetworkPage>())
{
    m_ui->setupUi(this);
    connectPlanBox();
    connectActionBox();
    m_message = m_ui->networkMessage;
    m_ui->networkJobProgress->bind(m_job);
    connect(m_job, &Job::cancelled, this, [this] {
        // Only a cancelled apply or rollback can leave the NPUs half changed; a read or a verify changed nothing.
        setBusy(false, !m_changing ? tr("Cancelled.")
                                   : tr("Cancelled: the NPUs may be partly changed. Verify, or roll back "
                                        "from %1.").arg(m_backupPath));
    });
}

NetworkPage::~NetworkPage() = default;

// The form holds the layout; here the plan's widgets get what a form cannot state, and their signals.
void NetworkPage::connectPlanBox()
{
    m_fibre = m_ui->fibrePairsRadio;
    m_switch = m_ui->switchRadio;
    m_routed = m_ui->routedRadio;
    m_diagram = m_ui->topologyDiagram;
    m_subnet = m_ui->subnetEdit;
    m_gateway = m_ui->gatewayEdit;
    m_table = m_ui->planTable;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QButtonGroup *group = m_ui->topologyGroup;
    QPushButton *suggestButton = m_ui->suggestButton;

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            m_diagram->setTopology(topology());
    });
    connect(suggestButton, &QPushButton::clicked, this, &NetworkPage::suggest);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        readTable();
        markIssues();
        storePlan();
    });
}

void NetworkPage::connectActionBox()
{
    m_actions = {m_ui->previewButton, m_ui->applyButton, m_ui->verifyButton, m_ui->rollbackButton};
    const QList<void (NetworkPage::*)()> handlers{&NetworkPage::preview, &NetworkPage::apply, &NetworkPage::verify,
                                                  &NetworkPage::rollback};
    for (int i = 0; i < m_actions.size(); ++i)
        connect(m_actions.at(i), &QPushButton::clicked, this, handlers.at(i));
    m_output = m_ui->networkOutput;
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_grid = m_ui->verifyGrid;
    m_issues = m_ui->planIssues;
    m_issues->setPlaceholderText(tr("No conflicts in the plan."));
    QTabWidget *tabs = m_ui->networkTabs;
    connect(this, &NetworkPage::busyChanged, tabs, [tabs, this](bool) {
        if (!m_matrix.isEmpty())
            tabs->setCurrentWidget(m_grid);
    });
}

void NetworkPage::initializePage()
{
    m_diagram->setServerCount(m_deployment->serverCount());
    const HccnPlan &stored = m_deployment->project().network;
    if (!stored.isEmpty()) {
        if (stored.servers.size() == m_deployment->serverCount()) {
            m_plan = stored;
            (m_plan.topology == HccnTopology::FibrePairs ? m_fibre : m_plan.topology == HccnTopology::Switch ? m_switch : m_routed)->setChecked(true);
            fillTable();
            return;
        }
    }
    if (m_plan.servers.isEmpty())
        suggest();
}

HccnTopology NetworkPage::topology() const
{
    return m_fibre->isChecked() ? HccnTopology::FibrePairs : m_switch->isChecked() ? HccnTopology::Switch : HccnTopology::Routed;
}

void NetworkPage::suggest()
{
    HccnPlanRequest request;
    request.topology = topology();
    request.subnet = m_subnet->text().trimmed();
    request.gateway = m_gateway->text().trimmed();
    for (int i = 0; i < m_deployment->serverCount(); ++i)
        request.servers << m_deployment->target(i).host;
    QString error;
    HccnPlan plan;
    if (!HccnPlanner::suggest(request, &plan, &error)) {
        m_message->setText(error);
        return;
    }
    m_plan = plan;
    m_matrix.clear();
    fillTable();
    storePlan();
    m_message->setText(tr("Suggested %1 addresses. Edit any cell, then Preview.").arg(m_table->rowCount()));
}

void NetworkPage::fillTable()
{
    m_filling = true;
    int rows = 0;
    for (const HccnServerPlan &server : m_plan.servers)
        rows += static_cast<int>(server.npus.size());
    m_table->setRowCount(rows);
    int row = 0;
    for (const HccnServerPlan &server : m_plan.servers) {
        for (const HccnNpuPlan &npu : server.npus) {
            const QStringList cells{server.host, QString::number(npu.npu), npu.address, npu.netmask, npu.gateway, npu.netdetect};
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c < AddressColumn)
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_table->setItem(row, c, item);
            }
            ++row;
        }
    }
    m_filling = false;
    markIssues();
}

void NetworkPage::readTable()
{
    int row = 0;
    for (HccnServerPlan &server : m_plan.servers) {
        for (HccnNpuPlan &npu : server.npus) {
            npu.address = m_table->item(row, AddressColumn)->text().trimmed();
            npu.netmask = m_table->item(row, NetmaskColumn)->text().trimmed();
            npu.gateway = m_table->item(row, GatewayColumn)->text().trimmed();
            npu.netdetect = m_table->item(row, NetdetectColumn)->text().trimmed();
            ++row;
        }
    }
    m_matrix.clear();
}

void NetworkPage::markIssues()
{
    m_filling = true;
    const QList<Finding> issues = HccnPlanValidator::validate(m_plan);
    m_issues->setFindings(issues);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList messages;
        for (const Finding &issue : issues) {
            if (issue.server == m_table->item(row, ServerColumn)->text() && issue.npu == m_table->item(row, NpuColumn)->text().toInt())
                messages << issue.message;
        }
        for (int c = AddressColumn; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_table->item(row, c);
            item->setBackground(messages.isEmpty() ? QBrush() : QBrush(kBad));
            item->setToolTip(messages.join(QLatin1Char('\n')));
        }
    }
    m_filling = false;
    QStringList all;
    for (const Finding &issue : issues)
        all << issue.message;
    if (!all.isEmpty())
        m_message->setText(tr("%n conflict(s): %1", nullptr, static_cast<int>(all.size())).arg(all.first()));
    for (QPushButton *button : m_actions.mid(1, 1))
        button->setEnabled(all.isEmpty() && !m_busy);
    updateComplete();
}

void NetworkPage::storePlan()
{
    m_deployment->setNetworkPlan(m_plan);
    emit planChanged();
}

void NetworkPage::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (!busy)
        m_changing = false;
    for (QPushButton *button : m_actions)
        button->setEnabled(!busy);
    if (!message.isEmpty())
        m_message->setText(message);
    if (!busy)
        markIssues();
    emit busyChanged(busy);
    updateComplete();
}

QString NetworkPage::commandsText(const QList<HccnServerChange> &changes) const
{
    QStringList lines;
    for (const HccnServerChange &change : changes) {
        lines << tr("# %1: %n command(s)", nullptr, static_cast<int>(change.commands.size())).arg(change.host);
        for (const HccnCommand &command : change.commands)
            lines << command.argv.join(QLatin1Char(' '));
        for (const QString &error : change.errors)
            lines << tr("# error: %1").arg(error);
        for (const QString &note : change.notes)
            lines << tr("# note: %1").arg(note);
    }
    return lines.join(QLatin1Char('\n'));
}

void NetworkPage::preview()
{
    setBusy(true, tr("Reading the NPUs of %1 servers…").arg(m_deployment->serverCount()));
    SessionPool *pool = m_deployment->pool();
    const QList<SshTarget> targets = m_deployment->targets();
    const QList<HccnServerPlan> servers = m_plan.servers;
    m_job->run(tr("Reading"), [=](const JobControl &job) { return NetworkApply::preview(pool, targets, servers, job.cancelToken()); },
               [this](const QList<HccnServerChange> &changes) { showChanges(changes, false); });
}

void NetworkPage::apply()
{
    SessionPool *pool = m_deployment->pool();
    const QList<SshTarget> targets = m_deployment->targets();
    const QList<HccnServerPlan> servers = m_plan.servers;
    setBusy(true, tr("Reading the NPUs before changing anything…"));
    m_job->run(tr("Reading"), [=](const JobControl &job) { return NetworkApply::preview(pool, targets, servers, job.cancelToken()); },
               [=](const QList<HccnServerChange> &changes) {
        int count = 0;
        for (const HccnServerChange &change : changes)
            count += static_cast<int>(change.commands.size());
        if (count == 0) {
            showChanges(changes, false);
            m_message->setText(tr("Nothing to change: every NPU already matches the plan."));
            return;
        }
        if (!Confirmation::ask(this, tr("Apply the NPU network plan"),
                               tr("Run %n hccn_tool command(s) on the servers? The current settings are saved first so "
                                  "that they can be rolled back.", nullptr, count),
                               commandsText(changes))) {
            setBusy(false, tr("Nothing was changed."));
            return;
        }
        const QString backup = HccnBackup::defaultPath(HccnBackup::consoleFolder());
        setBusy(true, tr("Applying %n command(s)…", nullptr, count));
        m_backupPath = backup; // written before the first command: a cancelled apply can be rolled back
        m_changing = true;
        m_job->run(tr("Applying"), [=](const JobControl &job) {
            QList<HccnServerChange> applied;
            NetworkApply::apply(pool, targets, servers, backup, &applied, commandProgress(job, count), job.cancelToken());
            return applied;
        }, [this](const QList<HccnServerChange> &applied) { showChanges(applied, true); });
    });
}

void NetworkPage::rollback()
{
    HccnBackup backup;
    QString error;
    if (m_backupPath.isEmpty() || !HccnBackup::load(m_backupPath, &backup, &error)) {
        m_message->setText(m_backupPath.isEmpty() ? tr("No backup yet: Apply takes one before changing anything.") : error);
        return;
    }
    SessionPool *pool = m_deployment->pool();
    const QList<SshTarget> targets = m_deployment->targets();
    const QList<HccnServerReadings> servers = backup.servers;
    setBusy(true, tr("Reading the NPUs…"));
    m_job->run(tr("Reading"), [=](const JobControl &job) {
        return NetworkApply::previewRollback(pool, targets, servers, job.cancelToken());
    }, [=](const QList<HccnServerChange> &changes) {
        if (!Confirmation::ask(this, tr("Roll back the NPU network"), tr("Restore the settings saved in %1?").arg(m_backupPath),
                               commandsText(changes))) {
            setBusy(false, tr("Nothing was changed."));
            return;
        }
        int count = 0;
        for (const HccnServerChange &change : changes)
            count += static_cast<int>(change.commands.size());
        setBusy(true, tr("Rolling back…"));
        m_changing = true;
        m_job->run(tr("Rolling back"), [=](const JobControl &job) {
            QList<HccnServerChange> done;
            NetworkApply::rollback(pool, targets, servers, &done, commandProgress(job, count), job.cancelToken());
            return done;
        }, [this](const QList<HccnServerChange> &done) { showChanges(done, true); });
    });
}

// hccn_tool commands counted over every server: NetworkApply reports each server's own count.
NetworkApply::Progress NetworkPage::commandProgress(const JobControl &job, int total)
{
    auto ran = std::make_shared<std::atomic_int>(0);
    return [job, total, ran](const QString &host, int, int, const HccnCommand &command) {
        job.progress(++*ran, total, tr("%1 NPU %2: %3").arg(host).arg(command.npu).arg(command.setting));
    };
}

void NetworkPage::cancel()
{
    m_job->cancel();
}

void NetworkPage::showChanges(const QList<HccnServerChange> &changes, bool applied)
{
    m_output->setPlainText(commandsText(changes));
    QStringList errors;
    int count = 0;
    for (const HccnServerChange &change : changes) {
        errors += change.errors;
        count += applied ? change.done : static_cast<int>(change.commands.size());
    }
    setBusy(false, !errors.isEmpty() ? errors.join(QLatin1Char('\n'))
                   : applied        ? tr("%n command(s) ran; every NPU now matches. Verify the links next.", nullptr, count)
                                    : tr("%n command(s) would run (only what differs from now).", nullptr, count));
}

void NetworkPage::verify()
{
    SessionPool *pool = m_deployment->pool();
    const QList<SshTarget> targets = m_deployment->targets();
    const HccnPlan plan = m_plan;
    setBusy(true, tr("Checking link, health, LLDP, TLS and pings on every NPU…"));
    m_job->run(tr("Verifying"), [=](const JobControl &job) { return NetworkVerify::run(pool, targets, plan, job.cancelToken()); },
               [this](const HccnVerifyMatrix &matrix) {
        m_matrix = matrix;
        showMatrix();
        int failed = 0;
        for (const HccnVerifyRow &row : m_matrix)
            failed += !row.pass();
        setBusy(false, failed == 0 ? tr("All %1 NPUs pass.").arg(m_matrix.size())
                                   : tr("%1 of %2 NPUs fail; hover a red cell for the reason.").arg(failed).arg(m_matrix.size()));
    });
}

void NetworkPage::showMatrix()
{
    // Rows = servers, columns = NPUs: the grid the admin reads at a glance.
    QStringList hosts;
    int maxNpu = 0;
    for (const HccnVerifyRow &row : m_matrix) {
        if (!hosts.contains(row.host))
            hosts << row.host;
        maxNpu = qMax(maxNpu, row.npu + 1);
    }
    m_grid->clear();
    m_grid->setRowCount(static_cast<int>(hosts.size()));
    m_grid->setColumnCount(maxNpu);
    m_grid->setVerticalHeaderLabels(hosts);
    QStringList npuLabels;
    for (int n = 0; n < maxNpu; ++n)
        npuLabels << tr("NPU %1").arg(n);
    m_grid->setHorizontalHeaderLabels(npuLabels);
    for (const HccnVerifyRow &row : m_matrix) {
        QStringList lines;
        for (const HccnVerifyCell &cell : row.cells)
            lines << (cell.pass ? tr("✔ %1: %2").arg(cell.check, cell.value) : tr("✘ %1: %2").arg(cell.check, cell.reason));
        auto *item = new QTableWidgetItem(row.pass() ? tr("OK") : tr("FAIL"));
        item->setBackground(row.pass() ? kGood : kBad);
        item->setToolTip(lines.join(QLatin1Char('\n')));
        item->setTextAlignment(Qt::AlignCenter);
        m_grid->setItem(static_cast<int>(hosts.indexOf(row.host)), row.npu, item);
    }
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

bool NetworkPage::isComplete() const
{
    if (m_busy || m_matrix.isEmpty())
        return false;
    for (const HccnVerifyRow &row : m_matrix) {
        if (!row.pass())
            return false;
    }
    return true;
}

} // namespace AscendDeck
