#include "EnginePage.h"

#include "BackgroundJob.h"

#include "ascend/IpAddrParser.h"
#include "engine/CapacityCheck.h"
#include "engine/LaunchScript.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"
#include "engine/MindIeEnvironment.h"
#include "engine/VllmCommandBuilder.h"
#include "ops/ClusterSession.h"
#include "project/ProjectExport.h"
#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"
#include "remote/ShellQuote.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
const QString kMindIeImage = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
const QString kVllmImage = QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.1");

struct SpinField
{
    const char *key;
    const char *label;
    int maximum;
};

// "BackendConfig.ScheduleConfig.maxPrefillTokens" -> "maxPrefillTokens": the form field a rule is about.
QString fieldKey(const QString &path)
{
    QString last = path.section(QLatin1Char('.'), -1);
    return last.left(last.indexOf(QLatin1Char('[')) >= 0 ? last.indexOf(QLatin1Char('[')) : last.size());
}
} // namespace

EnginePage::EnginePage(ClusterSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("enginePage"));
    setTitle(tr("Engine"));
    setSubTitle(tr("Choose MindIE or vLLM-Ascend and the model; every setting is checked as you type."));
    m_settings.image = kMindIeImage;
    m_settings.modelName = QStringLiteral("DeepSeek-R1");
    m_settings.modelPath = QStringLiteral("/data/models/DeepSeek-R1");
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    // The form scrolls rather than squeezing a field when its rule message appears.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(createForm());
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(430);
    splitter->addWidget(scroll);
    splitter->addWidget(createSideBySide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setFormFromSettings();
}

QWidget *EnginePage::createForm()
{
    auto *box = new QGroupBox(tr("Settings"), this);
    auto *form = new QFormLayout(box);
    auto *kinds = new QHBoxLayout;
    m_mindie = new QRadioButton(tr("MindIE"), box);
    m_vllm = new QRadioButton(tr("vLLM-Ascend"), box);
    m_mindie->setObjectName(QStringLiteral("mindieRadio"));
    m_vllm->setObjectName(QStringLiteral("vllmRadio"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_mindie);
    group->addButton(m_vllm);
    kinds->addWidget(m_mindie);
    kinds->addWidget(m_vllm);
    form->addRow(tr("Engine:"), kinds);
    m_image = new QLineEdit(box);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_modelName = new QLineEdit(box);
    m_modelName->setObjectName(QStringLiteral("modelNameEdit"));
    m_modelPath = new QLineEdit(box);
    m_modelPath->setObjectName(QStringLiteral("modelPathEdit"));
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("Model name:"), m_modelName);
    form->addRow(tr("Model path:"), m_modelPath);
    const SpinField fields[] = {{"maxSeqLen", QT_TR_NOOP("Max sequence length:"), 1 << 20},
                                {"maxInputTokenLen", QT_TR_NOOP("Max input tokens:"), 1 << 20},
                                {"maxPrefillTokens", QT_TR_NOOP("Max prefill tokens:"), 1 << 20},
                                {"maxPrefillBatchSize", QT_TR_NOOP("Max prefill batch:"), 4096},
                                {"maxBatchSize", QT_TR_NOOP("Max batch:"), 4096},
                                {"tensorParallel", QT_TR_NOOP("Tensor parallel:"), 64},
                                {"dataParallel", QT_TR_NOOP("Data parallel:"), 64},
                                {"port", QT_TR_NOOP("Service port:"), 65535}};
    for (const SpinField &field : fields) {
        const QString key = QString::fromLatin1(field.key);
        auto *spin = new QSpinBox(box);
        spin->setObjectName(key + QStringLiteral("Spin"));
        spin->setRange(1, field.maximum);
        auto *message = new QLabel(box);
        message->setObjectName(key + QStringLiteral("Message"));
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        message->setVisible(false);
        auto *cell = new QVBoxLayout;
        cell->addWidget(spin);
        cell->addWidget(message);
        form->addRow(tr(field.label), cell);
        m_spins.insert(key, spin);
        m_fieldMessages.insert(key, message);
        connect(spin, &QSpinBox::valueChanged, this, &EnginePage::formChanged);
    }
    m_memoryFraction = new QDoubleSpinBox(box);
    m_memoryFraction->setObjectName(QStringLiteral("memoryFractionSpin"));
    m_memoryFraction->setRange(0.1, 1.0);
    m_memoryFraction->setSingleStep(0.05);
    form->addRow(tr("NPU memory fraction:"), m_memoryFraction);
    m_capacity = new QLabel(box);
    m_capacity->setObjectName(QStringLiteral("capacityLabel"));
    m_capacity->setWordWrap(true);
    form->addRow(tr("Capacity:"), m_capacity);
    connect(m_memoryFraction, &QDoubleSpinBox::valueChanged, this, &EnginePage::formChanged);
    for (QLineEdit *edit : {m_image, m_modelName, m_modelPath})
        connect(edit, &QLineEdit::textEdited, this, &EnginePage::formChanged);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (!checked || m_syncing)
            return;
        // Switching engine switches the image and the usual port, unless the user typed their own image.
        const bool vllm = button == m_vllm;
        if (m_image->text() == kMindIeImage || m_image->text() == kVllmImage || m_image->text().isEmpty())
            m_image->setText(vllm ? kVllmImage : kMindIeImage);
        m_spins.value(QStringLiteral("port"))->setValue(vllm ? 8000 : 1025);
        formChanged();
    });
    return box;
}

QWidget *EnginePage::createSideBySide()
{
    auto *tabs = new QTabWidget(this);
    auto *raw = new QWidget(tabs);
    auto *rawLayout = new QVBoxLayout(raw);
    m_json = new QPlainTextEdit(raw);
    m_json->setObjectName(QStringLiteral("settingsJson"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonError = new QLabel(raw);
    m_jsonError->setObjectName(QStringLiteral("settingsJsonError"));
    m_jsonError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    rawLayout->addWidget(m_json, 1);
    rawLayout->addWidget(m_jsonError);
    tabs->addTab(raw, tr("Settings (JSON)"));
    connect(m_json, &QPlainTextEdit::textChanged, this, &EnginePage::jsonEdited);

    auto *result = new QWidget(tabs);
    auto *resultLayout = new QVBoxLayout(result);
    m_findingList = new QListWidget(result);
    m_findingList->setObjectName(QStringLiteral("engineFindings"));
    m_findingList->setMaximumHeight(120);
    m_node = new QComboBox(result);
    m_node->setObjectName(QStringLiteral("nodeCombo"));
    m_artifacts = new QTabWidget(result);
    m_artifacts->setObjectName(QStringLiteral("artifactTabs"));
    resultLayout->addWidget(m_findingList);
    resultLayout->addWidget(m_node);
    resultLayout->addWidget(m_artifacts, 1);
    tabs->addTab(result, tr("Per server"));
    connect(m_node, &QComboBox::currentIndexChanged, this, &EnginePage::refreshArtifacts);
    return tabs;
}

void EnginePage::initializePage()
{
    if (!m_session->project().engine.empty()) {
        QString error;
        const EngineSettings stored = EngineSettings::fromProjectSection(m_session->project().engine, &error);
        if (error.isEmpty())
            m_settings = stored;
        // The preflight page chose the folder; the served name defaults to the folder's name.
        if (m_settings.modelName.isEmpty())
            m_settings.modelName = m_settings.modelPath.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        setFormFromSettings();
    }
    readServers();
}

// The NIC each server reaches the others through (HCCL_SOCKET_IFNAME etc.) and the weights' size.
void EnginePage::readServers()
{
    m_reading = true;
    SessionPool *pool = m_session->pool();
    const QList<SshTarget> targets = m_session->targets();
    const QString index = m_settings.modelPath + QStringLiteral("/model.safetensors.index.json");
    runInBackground(this, [=] {
        QList<CommandResult> results = ServerJob::runAll(pool, targets, [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
            return p.run(t, RemoteCommand::fromArgv({QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr")}), c);
        });
        results << pool->run(targets.value(0), RemoteCommand::fromArgv({QStringLiteral("cat"), index}));
        return results;
    }, [this](QList<CommandResult> results) {
        m_cluster = EngineCluster();
        const int master = m_session->project().masterIndex();
        for (int i = 0; i < m_session->serverCount(); ++i) {
            ClusterNode node;
            node.serverAddress = m_session->facts(i).address.isEmpty() ? m_session->target(i).host : m_session->facts(i).address;
            const QList<NetworkInterface> nics = IpAddrParser::parse(results.at(i).out);
            const NetworkInterface *nic = IpAddrParser::interfaceWithAddress(nics, node.serverAddress);
            node.nicName = nic ? nic->name : QString();
            node.nicAddress = node.serverAddress;
            for (int n = 0; n < qMax(1, m_session->facts(i).npuCount); ++n)
                node.npuIds << n;
            node.isMaster = i == master;
            m_cluster.nodes.append(node);
        }
        try {
            const auto indexJson = nlohmann::json::parse(results.last().out.toStdString());
            m_weightBytes = indexJson.at("metadata").at("total_size").get<qint64>();
        } catch (const nlohmann::json::exception &) {
            m_weightBytes = 0;
        }
        m_reading = false;
        m_session->setEngineCluster(m_cluster);
        refresh();
        emit clusterRead();
    });
}

void EnginePage::setFormFromSettings()
{
    m_syncing = true;
    (m_settings.kind == EngineSettings::Kind::MindIE ? m_mindie : m_vllm)->setChecked(true);
    m_image->setText(m_settings.image);
    m_modelName->setText(m_settings.modelName);
    m_modelPath->setText(m_settings.modelPath);
    const nlohmann::ordered_json json = m_settings.toJson();
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        it.value()->setValue(json.value(it.key().toStdString(), 1));
    m_memoryFraction->setValue(m_settings.memoryFraction);
    m_json->setPlainText(QString::fromStdString(json.dump(2)));
    m_syncing = false;
}

void EnginePage::formChanged()
{
    if (m_syncing)
        return;
    nlohmann::ordered_json json = m_settings.toJson();
    json["engine"] = m_vllm->isChecked() ? "vllm-ascend" : "mindie";
    json["image"] = m_image->text().trimmed().toStdString();
    json["modelName"] = m_modelName->text().trimmed().toStdString();
    json["modelPath"] = m_modelPath->text().trimmed().toStdString();
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        json[it.key().toStdString()] = it.value()->value();
    json["memoryFraction"] = m_memoryFraction->value();
    QString error;
    m_settings = EngineSettings::fromJson(json, &error);
    m_syncing = true;
    m_json->setPlainText(QString::fromStdString(m_settings.toJson().dump(2)));
    m_syncing = false;
    refresh();
}

void EnginePage::jsonEdited()
{
    if (m_syncing)
        return;
    QString error;
    EngineSettings parsed;
    try {
        parsed = EngineSettings::fromJson(nlohmann::ordered_json::parse(m_json->toPlainText().toStdString()), &error);
    } catch (const nlohmann::json::parse_error &e) {
        error = tr("Not valid JSON: %1").arg(QString::fromUtf8(e.what()));
    }
    m_jsonError->setText(error);
    if (!error.isEmpty())
        return;
    m_settings = parsed;
    const QTextCursor cursor = m_json->textCursor();
    setFormFromSettings();
    m_syncing = true;
    m_json->setPlainText(m_json->toPlainText()); // keep the user's text as typed
    m_json->setTextCursor(cursor);
    m_syncing = false;
    refresh();
}

QString EnginePage::fieldMessage(const QString &key) const
{
    const QLabel *label = m_fieldMessages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void EnginePage::refresh()
{
    m_findings.clear();
    if (!m_cluster.nodes.isEmpty() && m_settings.kind == EngineSettings::Kind::MindIE) {
        QString error;
        QList<QPair<ClusterNode, MindIeConfig>> configs;
        for (const ClusterNode &node : m_cluster.nodes) {
            MindIeConfig config = MindIeConfig::fromText(ProjectExport::defaultMindIeConfig(), &error);
            config.apply(m_settings, node, m_cluster);
            m_findings += MindIeConfigRules::check(config, node, m_cluster);
            configs.append({node, config});
        }
        m_findings += MindIeConfigRules::checkAcrossNodes(configs);
    } else if (!m_cluster.nodes.isEmpty()) {
        m_findings += VllmCommandBuilder(m_settings, m_cluster).check();
    }
    for (QLabel *label : m_fieldMessages)
        label->setVisible(false);
    m_findingList->clear();
    for (const EngineFinding &finding : m_findings) {
        const QString text = finding.fix.isEmpty() ? finding.message : tr("%1 Fix: %2").arg(finding.message, finding.fix);
        m_findingList->addItem((finding.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(text));
        if (QLabel *label = m_fieldMessages.value(fieldKey(finding.field))) {
            label->setText(finding.message);
            label->setVisible(true);
        }
    }
    if (m_findings.isEmpty())
        m_findingList->addItem(tr("No problems found."));
    if (m_weightBytes > 0 && !m_cluster.nodes.isEmpty()) {
        CapacityInput input;
        input.weightBytes = m_weightBytes;
        input.servers = m_cluster.size();
        input.npusPerServer = static_cast<int>(m_cluster.nodes.first().npuIds.size());
        input.memoryFraction = m_memoryFraction->value();
        input.tensorParallel = m_settings.tensorParallel * (m_settings.kind == EngineSettings::Kind::MindIE ? m_cluster.size() : 1);
        input.dataParallel = m_settings.dataParallel;
        input.expertParallel = m_settings.expertParallelEnabled();
        const CapacityResult capacity = CapacityCheck::evaluate(input);
        m_capacity->setText(tr("%1: %2").arg(capacity.verdictName(), capacity.message));
    } else {
        m_capacity->setText(m_reading ? tr("reading the model index…") : tr("model index not found at %1").arg(m_settings.modelPath));
    }
    refreshArtifacts();
    storeInProject();
    emit completeChanged();
}

void EnginePage::refreshArtifacts()
{
    const int current = qMax(0, m_node->currentIndex());
    {
        const QSignalBlocker blocker(m_node);
        m_node->clear();
        for (const ClusterNode &node : m_cluster.nodes)
            m_node->addItem(node.isMaster ? tr("%1 (master, NIC %2)").arg(node.serverAddress, node.nicName)
                                          : tr("%1 (NIC %2)").arg(node.serverAddress, node.nicName));
        m_node->setCurrentIndex(qMin(current, m_node->count() - 1));
    }
    while (m_artifacts->count() > 0)
        delete m_artifacts->widget(0);
    const int i = m_node->currentIndex();
    if (i < 0 || i >= m_cluster.size())
        return;
    auto addText = [this](const QString &title, const QString &text) {
        auto *view = new QPlainTextEdit(text, m_artifacts);
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_artifacts->addTab(view, title);
    };
    EnvList env;
    if (m_settings.kind == EngineSettings::Kind::MindIE) {
        QString error;
        MindIeConfig config = MindIeConfig::fromText(ProjectExport::defaultMindIeConfig(), &error);
        config.apply(m_settings, m_cluster.nodes.at(i), m_cluster);
        addText(tr("config.json"), QString::fromUtf8(config.toJson()));
        env = MindIeEnvironment::forNode(m_settings, m_cluster.nodes.at(i), m_cluster);
    } else {
        const VllmCommandBuilder vllm(m_settings, m_cluster);
        addText(tr("vllm serve"), shellJoin(vllm.argv(i)));
        env = vllm.environment(i);
    }
    QStringList envLines;
    for (const auto &pair : env)
        envLines << pair.first + QLatin1Char('=') + shellQuote(pair.second);
    addText(tr("Environment"), envLines.join(QLatin1Char('\n')));
    addText(tr("docker run"), QString::fromUtf8(LaunchScript::render(m_settings, m_cluster, i)));
}

void EnginePage::storeInProject()
{
    Project &project = m_session->editProject();
    project.engine["settings"] = m_settings.toJson();
    project.engine["cluster"] = m_cluster.toJson();
}

bool EnginePage::isComplete() const
{
    return !m_reading && !m_cluster.nodes.isEmpty() && !EngineFinding::hasError(m_findings);
}

} // namespace AscendDeck
