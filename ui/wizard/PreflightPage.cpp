#include "PreflightPage.h"

#include "engine/EngineSettings.h"
#include "ops/ClusterSession.h"
#include "ops/PreflightRunner.h"
#include "preflight/PreflightRules.h"
#include "jobs/ServerJob.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AscendDeck {

namespace {
const QString kDefaultImage = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");

QString severityText(PreflightSeverity severity)
{
    switch (severity) {
    case PreflightSeverity::Pass: return PreflightPage::tr("pass");
    case PreflightSeverity::Warn: return PreflightPage::tr("warning");
    case PreflightSeverity::Fail: return PreflightPage::tr("FAIL");
    }
    return {};
}

QColor colourOf(PreflightSeverity severity)
{
    switch (severity) {
    case PreflightSeverity::Pass: return {0xc8, 0xe6, 0xc9};
    case PreflightSeverity::Warn: return {0xff, 0xe0, 0xa3};
    case PreflightSeverity::Fail: return {0xf6, 0xc6, 0xc2};
    }
    return {};
}
} // namespace

PreflightPage::PreflightPage(ClusterSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_fanOut(new ServerJob(session->pool(), this))
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Preflight"));
    setSubTitle(tr("Checks every server for what makes launches fail: NPUs, driver vs CANN, users, services, disk, weights."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_image = new QLineEdit(kDefaultImage, this);
    m_image->setObjectName(QStringLiteral("preflightImageEdit"));
    m_modelPath = new QLineEdit(QStringLiteral("/data/models/DeepSeek-R1"), this);
    m_modelPath->setObjectName(QStringLiteral("preflightModelPathEdit"));
    form->addRow(tr("Engine image:"), m_image);
    form->addRow(tr("Model folder (same path on every server):"), m_modelPath);
    layout->addLayout(form);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("preflightTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("preflightDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(48);
    layout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_runButton = new QPushButton(tr("&Run all checks"), this);
    m_runButton->setObjectName(QStringLiteral("runPreflightButton"));
    m_rerunButton = new QPushButton(tr("Re-run &selected check"), this);
    m_rerunButton->setObjectName(QStringLiteral("rerunCheckButton"));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_rerunButton);
    buttons->addWidget(m_runButton);
    layout->addLayout(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &PreflightPage::runAll);
    connect(m_rerunButton, &QPushButton::clicked, this, &PreflightPage::rerunSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PreflightPage::showDetails);
    connect(m_fanOut, &ServerJob::finished, this, [this] {
        const QList<PreflightFacts> facts = PreflightRunner::factsFrom(m_fanOut->targets(), m_fanOut->results());
        PreflightRequest request;
        request.image = m_image->text().trimmed();
        request.modelPath = m_modelPath->text().trimmed();
        const QList<PreflightFinding> fresh = PreflightRules::evaluate(facts, request);
        if (m_onlyCheck.isEmpty()) {
            m_findings = fresh;
        } else {
            // Only the re-run check's findings are replaced; the others keep what was shown.
            m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                                            [this](const PreflightFinding &f) { return f.checkId == m_onlyCheck; }),
                             m_findings.end());
            for (const PreflightFinding &f : fresh) {
                if (f.checkId == m_onlyCheck)
                    m_findings.append(f);
            }
        }
        m_onlyCheck.clear();
        m_runButton->setEnabled(true);
        m_rerunButton->setEnabled(true);
        showFindings();
        emit completeChanged();
        emit finished();
    });
}

void PreflightPage::initializePage()
{
    QString error;
    const EngineSettings settings =
        EngineSettings::fromProjectSection(m_session->project().engine, &error);
    if (!settings.image.isEmpty())
        m_image->setText(settings.image);
    if (!settings.modelPath.isEmpty())
        m_modelPath->setText(settings.modelPath);
    if (m_findings.isEmpty() && !m_fanOut->isRunning())
        runAll();
}

void PreflightPage::storeRequest()
{
    // The image and the model chosen here are the engine's: the engine page starts from them.
    Project &project = m_session->editProject();
    nlohmann::ordered_json settings = project.engine.value("settings", EngineSettings().toJson());
    settings["image"] = m_image->text().trimmed().toStdString();
    settings["modelPath"] = m_modelPath->text().trimmed().toStdString();
    project.engine["settings"] = settings;
}

void PreflightPage::runAll()
{
    storeRequest();
    PreflightRequest request;
    request.image = m_image->text().trimmed();
    request.modelPath = m_modelPath->text().trimmed();
    m_runButton->setEnabled(false);
    m_rerunButton->setEnabled(false);
    m_summary->setText(tr("Checking %1 servers…").arg(m_session->serverCount()));
    m_fanOut->start(m_session->targets(), PreflightRunner::operation(request));
    emit completeChanged();
}

void PreflightPage::rerunSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_onlyCheck = m_table->verticalHeaderItem(row)->data(Qt::UserRole).toString();
    runAll();
}

bool PreflightPage::isRunning() const
{
    return m_fanOut->isRunning();
}

void PreflightPage::showFindings()
{
    QStringList checks;
    QStringList titles;
    for (const PreflightFinding &f : m_findings) {
        if (!checks.contains(f.checkId)) {
            checks << f.checkId;
            titles << f.title;
        }
    }
    const QList<SshTarget> targets = m_session->targets();
    m_table->clear();
    m_table->setRowCount(static_cast<int>(checks.size()));
    m_table->setColumnCount(static_cast<int>(targets.size()));
    // Findings name servers as the runner does (user@host:port); the headers show the host.
    QStringList hosts;
    QStringList headers;
    for (const SshTarget &t : targets) {
        hosts << t.displayName();
        headers << t.host;
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < checks.size(); ++r) {
        auto *header = new QTableWidgetItem(titles.at(r));
        header->setData(Qt::UserRole, checks.at(r));
        m_table->setVerticalHeaderItem(r, header);
    }
    int counts[3] = {0, 0, 0};
    for (const PreflightFinding &f : m_findings) {
        const int row = static_cast<int>(checks.indexOf(f.checkId));
        const int column = static_cast<int>(hosts.indexOf(f.host));
        if (row < 0 || column < 0)
            continue;
        QTableWidgetItem *item = m_table->item(row, column);
        // Several findings of one check on one server (one per NPU): the cell shows the worst.
        if (!item || static_cast<int>(f.severity) > item->data(Qt::UserRole).toInt()) {
            item = new QTableWidgetItem(severityText(f.severity));
            item->setData(Qt::UserRole, static_cast<int>(f.severity));
            item->setBackground(colourOf(f.severity));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
        QStringList messages = item->data(Qt::UserRole + 1).toStringList();
        messages << (f.fix.isEmpty() ? f.message : tr("%1\nFix: %2").arg(f.message, f.fix));
        item->setData(Qt::UserRole + 1, messages);
        item->setToolTip(messages.join(QLatin1Char('\n')));
        ++counts[static_cast<int>(f.severity)];
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setText(tr("%1 passed, %2 warnings, %3 failed").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    // Show the first failure straight away: that is what the admin has to act on.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (m_table->item(r, c) && m_table->item(r, c)->data(Qt::UserRole).toInt() == static_cast<int>(PreflightSeverity::Fail)) {
                m_table->setCurrentCell(r, c);
                showDetails(); // the cell may already have been current: no change signal then
                return;
            }
        }
    }
    showDetails();
}

void PreflightPage::showDetails()
{
    const QTableWidgetItem *item = m_table->currentItem();
    m_details->setText(item ? item->data(Qt::UserRole + 1).toStringList().join(QLatin1Char('\n')) : QString());
}

QString PreflightPage::details() const
{
    return m_details->text();
}

bool PreflightPage::isComplete() const
{
    if (m_fanOut->isRunning() || m_findings.isEmpty())
        return false;
    for (const PreflightFinding &f : m_findings) {
        if (f.severity == PreflightSeverity::Fail)
            return false;
    }
    return true;
}

} // namespace AscendDeck
