#pragma once

#include "base/Finding.h"
#include "engine/CapacityInput.h"
#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"

#include <QMap>

#include <memory>

#include "DeploymentPage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace AscendDeck {

namespace Ui {
class EnginePage;
}

class Deployment;
class Job;
class FindingView;

// Step 5: the engine. MindIE or vLLM-Ascend, the image and the model; a form for the settings people change
// with the raw JSON beside it (both editable, kept in sync), every rule's message next to its field, the
// capacity check, and each server's resulting config.json, environment and launch script.
class EnginePage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit EnginePage(Deployment *deployment, QWidget *parent = nullptr);
    ~EnginePage() override;

    void initializePage() override;
    bool isComplete() const override;

    const EngineSettings &settings() const { return m_settings; }
    const EngineCluster &cluster() const { return m_cluster; }
    const QList<Finding> &findings() const { return m_findings; }
    // The field's rule message as shown next to it (empty when the field is fine).
    QString fieldMessage(const QString &key) const;
    bool isReading() const { return m_reading; }

signals:
    void clusterRead();

private:
    void connectForm();
    void connectSideBySide();
    void readServers();
    void formChanged();
    void jsonEdited();
    void setFormFromSettings();
    void setJsonFromSettings();
    void refresh();
    void checkCapacity();
    void showLayout();
    void useSuggestedLayout();
    int serverCount() const;
    int npusPerServer() const;
    bool hardwareKnown() const;
    CapacityInput hardware() const;
    void refreshArtifacts();
    void storeInProject();

    Deployment *m_deployment;

    Job *m_read = nullptr; // the servers' NICs and the weights' index; cancelled and waited for with the page
    std::unique_ptr<Ui::EnginePage> m_ui;
    EngineSettings m_settings;
    EngineCluster m_cluster;
    qint64 m_weightBytes = 0;
    QList<Finding> m_findings;
    bool m_syncing = false;
    bool m_reading = false;
    QRadioButton *m_mindie = nullptr;
    QRadioButton *m_vllm = nullptr;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_modelName = nullptr;
    QLineEdit *m_modelPath = nullptr;
    QMap<QString, QSpinBox *> m_spins;        // JSON key -> field
    QDoubleSpinBox *m_memoryFraction = nullptr;
    QMap<QString, QLabel *> m_fieldMessages;  // JSON key -> the message shown under it
    QMap<QString, QLabel *> m_rowLabels;      // JSON key -> the field's label
    QCheckBox *m_expertParallel = nullptr;
    QLabel *m_layoutNote = nullptr;
    QPushButton *m_suggestLayout = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonError = nullptr;
    QLabel *m_capacity = nullptr;
    FindingView *m_findingList = nullptr;
    QComboBox *m_node = nullptr;
    QTabWidget *m_artifacts = nullptr;
};

} // namespace AscendDeck
