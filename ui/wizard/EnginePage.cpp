#include "EnginePage.h"
#include "ui_EnginePage.h"

#include "FindingView.h"
#include "WeightsPanel.h"

#include "base/ShellQuote.h"
#include "deployment/Deployment.h"
#include "engine/CapacityCheck.h"
#include "engine/LaunchScript.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"
#include "engine/MindIeEnvironment.h"
#include "engine/ParallelLayout.h"
#include "engine/VllmCommandBuilder.h"
#include "jobs/Job.h"
#include "ops/EngineStep.h"
#include "project/ProjectExport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
const QString kMindIeImage = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
const QString kVllmImage = QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.1");

// "BackendConfig.ScheduleConfig.maxPrefillTokens" -> "maxPrefillTokens": the form field a rule is about.
QString fieldKey(const QString &path)
{
    QString last = path.section(QLatin1Char('.'), -1);
    return last.left(last.indexOf(QLatin1Char('[')) >= 0 ? last.indexOf(QLatin1Char('[')) : last.size());
}
} // namespace

EnginePage::EnginePage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_read(new Job(this))
    , m_ui(std::make_unique<Ui::EnginePage>())
{
    m_ui->setupUi(this);
    m_settings.image = kMindIeImage;
    m_settings.modelName = QStringLiteral("DeepSeek-R1");
    m_settings.modelPath = QStringLiteral("/data/models/DeepSeek-R1");
    // The form scrolls (settingsScroll) rather than squeezing a field when its rule message appears. The
    // scroll area keeps the size hint its widget had when it was set, and setupUi sets it before the texts
    // (retranslateUi comes last): set again, the form's full width counts when the splitter shares space.
    m_ui->settingsScroll->setWidget(m_ui->settingsScroll->takeWidget());
    m_ui->engineSplitter->setStretchFactor(0, 2);
    m_ui->engineSplitter->setStretchFactor(1, 3);
    connectForm();
    connectSideBySide();
    setFormFromSettings();
    setJsonFromSettings();
    m_ui->engineJobProgress->bind(m_read);
    m_ui->weightsPanel->setDeployment(m_deployment);
    m_ui->weightsPanel->setModelPath(m_settings.modelPath);
    connect(m_read, &Job::cancelled, this, [this] {
        m_reading = false;
        refresh();
    });
}

EnginePage::~EnginePage() = default;

// The form holds the layout; here its widgets are bound, sized where the font decides, and connected.
void EnginePage::connectForm()
{
    QWidget *box = m_ui->settingsBox;
    m_mindie = m_ui->mindieRadio;
    m_vllm = m_ui->vllmRadio;
    m_image = m_ui->imageEdit;
    m_modelName = m_ui->modelNameEdit;
    m_modelPath = m_ui->modelPathEdit;
    QButtonGroup *group = m_ui->engineGroup;
    // The form's rows of numbers, by their JSON key (the form names them key + "Spin", "Message", "Label").
    const char *const keys[] = {"maxSeqLen", "maxInputTokenLen", "maxPrefillTokens", "maxPrefillBatchSize",
                                "maxBatchSize", "tensorParallel", "dataParallel", "port"};
    for (const char *name : keys) {
        const QString key = QString::fromLatin1(name);
        auto *spin = box->findChild<QSpinBox *>(key + QStringLiteral("Spin"));
        auto *message = box->findChild<QLabel *>(key + QStringLiteral("Message"));
        // Room for two lines is kept even when the field is fine, so that a message appearing never moves
        // the fields below it while the user types (the full text is in the tooltip and the findings list).
        message->setFixedHeight(2 * message->fontMetrics().lineSpacing());
        m_rowLabels.insert(key, box->findChild<QLabel *>(key + QStringLiteral("Label")));
        m_spins.insert(key, spin);
        m_fieldMessages.insert(key, message);
        connect(spin, &QSpinBox::valueChanged, this, &EnginePage::formChanged);
    }
    m_memoryFraction = m_ui->memoryFractionSpin;
    m_expertParallel = m_ui->expertParallelCheck;
    connect(m_expertParallel, &QCheckBox::toggled, this, &EnginePage::formChanged);
    m_layoutNote = m_ui->layoutNote;
    m_suggestLayout = m_ui->suggestLayoutButton;
    m_suggestLayout->setVisible(false);
    connect(m_suggestLayout, &QPushButton::clicked, this, &EnginePage::useSuggestedLayout);
    m_capacity = m_ui->capacityLabel;
    connect(m_memoryFraction, &QDoubleSpinBox::valueChanged, this, &EnginePage::formChanged);
    for (QLineEdit *edit : {m_image, m_modelName, m_modelPath})
        connect(edit, &QLineEdit::textEdited, this, &EnginePage::formChanged);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (!checked || m_syncing)
            return;
        // Switching engine switches the image and the usual port, unless the user typed their own image.
        const bool vllm = button == m_vllm;
        if (m_image->text() == kMindIeImage || m_image->text() == kVllmImage || m_image->text().isEmpty()) {
            m_image->setText(vllm ? kVllmImage : kMindIeImage);
            m_image->setCursorPosition(0);
        }
        m_spins.value(QStringLiteral("port"))->setValue(vllm ? 8000 : 1025);
        formChanged();
        // MindIE's layout follows from the rank table; vLLM starts from the layout that fits.
        if (vllm && hardwareKnown())
            useSuggestedLayout();
        else
            showLayout();
    });
}

void EnginePage::connectSideBySide()
{
    m_json = m_ui->settingsJson;
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonError = m_ui->settingsJsonError;
    connect(m_json, &QPlainTextEdit::textChanged, this, &EnginePage::jsonEdited);
    m_findingList = m_ui->engineFindings;
    m_node = m_ui->nodeCombo;
    m_artifacts = m_ui->artifactTabs;
    connect(m_node, &QComboBox::currentIndexChanged, this, &EnginePage::refreshArtifacts);
}

void EnginePage::initializePage()
{
    if (m_deployment->project().engine) {
        m_settings = *m_deployment->project().engine;
        // The preflight page chose the folder; the served name defaults to the folder's name.
        if (m_settings.modelName.isEmpty())
            m_settings.modelName = m_settings.modelPath.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        setFormFromSettings();
        setJsonFromSettings();
    }
    readServers();
}

// The NIC each server reaches the others through (HCCL_SOCKET_IFNAME etc.) and the weights' size.
void EnginePage::readServers()
{
    m_reading = true;
    SessionPool *pool = m_deployment->pool();
    const QList<SshTarget> targets = m_deployment->targets();
    QList<ServerFacts> facts;
    for (int i = 0; i < m_deployment->serverCount(); ++i)
        facts << m_deployment->facts(i);
    const int master = m_deployment->project().masterIndex();
    const QString modelPath = m_settings.modelPath;
    m_read->run(tr("Reading the servers"), [=](const JobControl &job) {
        return EngineStep::readServers(pool, targets, facts, master, modelPath, job.cancelToken());
    }, [this](const EngineReading &reading) {
        m_cluster = reading.cluster;
        m_weightBytes = reading.weightBytes;
        m_reading = false;
        m_deployment->setEngineCluster(m_cluster);
        showLayout();
        refresh();
        emit clusterRead();
    });
}

void EnginePage::setFormFromSettings()
{
    m_syncing = true;
    (m_settings.kind == EngineSettings::Kind::MindIE ? m_mindie : m_vllm)->setChecked(true);
    m_image->setText(m_settings.image);
    m_image->setCursorPosition(0); // the registry and name first; the tag is the part that scrolls off
    m_modelName->setText(m_settings.modelName);
    m_modelPath->setText(m_settings.modelPath);
    const nlohmann::ordered_json json = m_settings.toJson();
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        it.value()->setValue(json.value(it.key().toStdString(), 1));
    m_memoryFraction->setValue(m_settings.memoryFraction);
    m_syncing = false;
    showLayout();
}

int EnginePage::serverCount() const
{
    return m_cluster.nodes.isEmpty() ? qMax(1, m_deployment->serverCount()) : m_cluster.size();
}

int EnginePage::npusPerServer() const
{
    return m_cluster.nodes.isEmpty() ? 8 : qMax(1, int(m_cluster.nodes.first().npuIds.size()));
}

bool EnginePage::hardwareKnown() const
{
    return m_weightBytes > 0 && !m_cluster.nodes.isEmpty();
}

CapacityInput EnginePage::hardware() const
{
    CapacityInput input;
    input.weightBytes = m_weightBytes;
    input.servers = serverCount();
    input.npusPerServer = npusPerServer();
    input.memoryFraction = m_settings.memoryFraction;
    return input;
}

// The layout fields say what each engine means by them: MindIE's are read-only and follow from the cluster.
void EnginePage::showLayout()
{
    const bool mindie = m_settings.kind == EngineSettings::Kind::MindIE;
    const ParallelLayout layout = ParallelLayout::of(m_settings, serverCount(), npusPerServer());
    m_syncing = true;
    QSpinBox *tp = m_spins.value(QStringLiteral("tensorParallel"));
    QSpinBox *dp = m_spins.value(QStringLiteral("dataParallel"));
    tp->setValue(layout.tensorParallel);
    dp->setValue(layout.dataParallel);
    m_expertParallel->setChecked(layout.expertParallel);
    m_syncing = false;
    for (QWidget *w : std::initializer_list<QWidget *>{tp, dp, m_expertParallel})
        w->setEnabled(!mindie);
    m_rowLabels.value(QStringLiteral("tensorParallel"))
        ->setText(mindie ? tr("Tensor parallel (whole cluster):") : tr("Tensor parallel (per replica):"));
    m_rowLabels.value(QStringLiteral("dataParallel"))
        ->setText(mindie ? tr("Data parallel:") : tr("Data parallel (replicas):"));
    m_layoutNote->setText(mindie ? tr("MindIE: worldSize %1 per server, and the rank table joins the %2 servers' NPUs "
                                      "into one group (TP %3).").arg(npusPerServer()).arg(serverCount()).arg(layout.tensorParallel)
                                 : tr("vLLM-Ascend: %1 replicas over %2 servers, each over TP NPUs of one server.")
                                       .arg(layout.dataParallel).arg(serverCount()));
}

void EnginePage::useSuggestedLayout()
{
    ParallelLayout::suggested(m_settings.kind, hardware()).applyTo(&m_settings);
    setFormFromSettings();
    setJsonFromSettings();
    refresh();
}

void EnginePage::setJsonFromSettings()
{
    m_syncing = true;
    m_json->setPlainText(QString::fromStdString(m_settings.toJson().dump(2)));
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
    // The layout fields hold what the form last showed: for MindIE the cluster-derived values, not settings.
    const bool mindie = m_settings.kind == EngineSettings::Kind::MindIE || !m_vllm->isChecked();
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it) {
        // MindIE's layout fields only show what the cluster makes of it; its settings keep their own values.
        if (mindie && (it.key() == QLatin1String("tensorParallel") || it.key() == QLatin1String("dataParallel")))
            continue;
        json[it.key().toStdString()] = it.value()->value();
    }
    if (!mindie) {
        // vLLM derives the expert-parallel size as DP x TP (VllmCommandBuilder checks the same).
        json["expertParallel"] = m_expertParallel->isChecked()
                                     ? m_spins.value(QStringLiteral("dataParallel"))->value() * m_spins.value(QStringLiteral("tensorParallel"))->value()
                                     : 1;
    }
    json["memoryFraction"] = m_memoryFraction->value();
    QString error;
    m_settings = EngineSettings::fromJson(json, &error);
    setJsonFromSettings();
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
    // Only the form follows: the text stays exactly as typed, with the cursor where the user is.
    setFormFromSettings();
    refresh();
}

QString EnginePage::fieldMessage(const QString &key) const
{
    const QLabel *label = m_fieldMessages.value(key);
    return label ? label->text() : QString();
}

void EnginePage::refresh()
{
    m_ui->weightsPanel->setModelPath(m_settings.modelPath);
    m_findings.clear();
    if (!m_cluster.nodes.isEmpty() && m_settings.kind == EngineSettings::Kind::MindIE) {
        QString error;
        const MindIeConfig base = MindIeConfig::fromText(ProjectExport::defaultMindIeConfig(), &error);
        m_findings += MindIeConfigRules::checkCluster(base, m_settings, m_cluster);
        // The same rule broken the same way on every server is one finding that names them all.
        m_findings = Finding::mergeServers(m_findings);
    } else if (!m_cluster.nodes.isEmpty()) {
        m_findings += VllmCommandBuilder(m_settings, m_cluster).check();
    }
    checkCapacity();
    for (QLabel *label : m_fieldMessages) {
        label->clear();
        label->setToolTip(QString());
    }
    m_findingList->setFindings(m_findings);
    for (const Finding &finding : m_findings) {
        if (QLabel *label = m_fieldMessages.value(fieldKey(finding.field))) {
            label->setText(finding.message);
            label->setToolTip(finding.fix.isEmpty() ? finding.message : tr("%1 Fix: %2").arg(finding.message, finding.fix));
        }
    }
    refreshArtifacts();
    storeInProject();
    updateComplete();
}

// Will the weights fit the layout? A layout that does not fit is an error like any other rule (Next stays
// off), with the layout that fits one click away.
void EnginePage::checkCapacity()
{
    if (!hardwareKnown()) {
        m_capacity->setText(m_reading ? tr("reading the model index…") : tr("model index not found at %1").arg(m_settings.modelPath));
        m_suggestLayout->setVisible(false);
        return;
    }
    const ParallelLayout layout = ParallelLayout::of(m_settings, serverCount(), npusPerServer());
    const ParallelLayout suggested = ParallelLayout::suggested(m_settings.kind, hardware());
    const CapacityResult capacity = CapacityCheck::evaluate(layout.capacityInput(hardware()));
    const bool suggestedFits = CapacityCheck::evaluate(suggested.capacityInput(hardware())).verdict != CapacityResult::Verdict::Fail;
    m_capacity->setText(tr("%1 (%2): %3").arg(capacity.verdictName(), layout.describe(), capacity.message));
    if (capacity.verdict == CapacityResult::Verdict::Fail) {
        const bool vllm = m_settings.kind == EngineSettings::Kind::VllmAscend;
        m_findings << Finding{Finding::Severity::Error, QStringLiteral("capacity-exceeded"), QString(), -1,
                              vllm ? QStringLiteral("tensorParallel") : QString(), capacity.message,
                              vllm && suggestedFits && suggested != layout
                                  ? tr("Use the layout %1 (the button under Layout).").arg(suggested.describe())
                                  : tr("Use at least %1 servers, or quantized weights (W8A8).").arg(capacity.minimumServers)};
    }
    const bool layoutError = std::any_of(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error
               && (f.code == QLatin1String("capacity-exceeded") || f.field == QLatin1String("tensorParallel")
                   || f.field == QLatin1String("dataParallel") || f.field == QLatin1String("expertParallel"));
    });
    const bool offer = m_settings.kind == EngineSettings::Kind::VllmAscend && layoutError && suggestedFits && suggested != layout;
    m_suggestLayout->setText(tr("Use %1").arg(suggested.describe()));
    m_suggestLayout->setVisible(offer);
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
    m_deployment->setEngineSettings(m_settings);
    m_deployment->setEngineCluster(m_cluster);
}

bool EnginePage::isComplete() const
{
    return !m_reading && !m_cluster.nodes.isEmpty() && !Finding::hasError(m_findings);
}

} // namespace AscendDeck
