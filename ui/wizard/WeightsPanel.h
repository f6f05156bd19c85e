#pragma once

#include <QString>
#include <QWidget>

#include <memory>

namespace AscendDeck {

namespace Ui {
class WeightsPanel;
}

class Deployment;
class Job;
class WeightsModel;
class WeightsSyncJob;

// The model folder on every server against the master's (the Engine step's Weights tab): Check lists it on
// every server; Copy from the master copies it server to server (WeightsSyncJob), with progress per server and
// Cancel. Files that differ from the master's are kept unless the overwrite box is ticked.
class WeightsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WeightsPanel(QWidget *parent = nullptr);
    ~WeightsPanel() override;

    // Must be called once before check() or copy(); the deployment (and its SSH pool) outlives the panel.
    void setDeployment(Deployment *deployment);
    void setModelPath(const QString &path);
    WeightsModel *model() const { return m_model; }
    bool isRunning() const;
    QString summary() const;

public slots:
    void check();
    void copy();

signals:
    void checked();
    void copied();

private:
    void updateButtons();
    bool overwrite() const;

    std::unique_ptr<Ui::WeightsPanel> m_ui;
    Deployment *m_deployment = nullptr;
    WeightsModel *m_model;
    Job *m_check;                     // the listing; its results touch m_model
    WeightsSyncJob *m_sync = nullptr; // made with the deployment's pool
    QString m_modelPath;
};

} // namespace AscendDeck
