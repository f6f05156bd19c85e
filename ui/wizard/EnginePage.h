#pragma once

#include "engine/EngineCluster.h"
#include "engine/EngineFinding.h"
#include "engine/EngineSettings.h"

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace AscendDeck {

class Deployment;

// Step 5: the engine. MindIE or vLLM-Ascend, the image and the model; a form for the settings people change
// with the raw JSON beside it (both editable, kept in sync), every rule's message next to its field, the
// capacity check, and each server's resulting config.json, environment and launch script.
class EnginePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit EnginePage(Deployment *deployment, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const EngineSettings &settings() const { return m_settings; }
    const EngineCluster &cluster() const { return m_cluster; }
    const QList<EngineFinding> &findings() const { return m_findings; }
    // The field's rule message as shown next to it (empty when the field is fine).
    QString fieldMessage(const QString &key) const;
    bool isReading() const { return m_reading; }

signals:
    void clusterRead();

private:
    QWidget *createForm();
    QWidget *createSideBySide();
    void readServers();
    void formChanged();
    void jsonEdited();
    void setFormFromSettings();
    void refresh();
    void refreshArtifacts();
    void storeInProject();

    Deployment *m_deployment;
    EngineSettings m_settings;
    EngineCluster m_cluster;
    qint64 m_weightBytes = 0;
    QList<EngineFinding> m_findings;
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
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonError = nullptr;
    QLabel *m_capacity = nullptr;
    QListWidget *m_findingList = nullptr;
    QComboBox *m_node = nullptr;
    QTabWidget *m_artifacts = nullptr;
};

} // namespace AscendDeck
