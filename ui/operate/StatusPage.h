#pragma once

#include "ops/DeploymentStatus.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace AscendDeck {

namespace Ui {
class StatusPage;
}

class Deployment;
class DeploymentStatusModel;
class Job;

// Where each server stands after a project is opened, step by step (preflight age, NPU network, rank table,
// engine config, weights, engine), read fresh from the servers in the background. "Go to" and a double click
// take the admin to the step that needs attention.
class StatusPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPage(Deployment *deployment, QWidget *parent = nullptr);
    ~StatusPage() override;

    DeploymentStatusModel *model() const { return m_model; }
    Job *job() const { return m_job; }
    bool isReading() const;
    // The step "Go to" goes to: the first that needs attention, in wizard order.
    bool attentionStep(DeploymentStatus::Step *step) const;

public slots:
    void refresh();
    void goToAttention();

signals:
    // The admin asked to go to step (the window shows its wizard page or tab).
    void stepRequested(AscendDeck::DeploymentStatus::Step step);
    // A read finished (not cancelled) and the table shows it.
    void statusRead();

private:
    void showReport(const DeploymentStatus::Report &report);
    void showCell(const QModelIndex &index);
    void onCellActivated(const QModelIndex &index);

    Deployment *m_deployment;
    std::unique_ptr<Ui::StatusPage> m_ui;
    DeploymentStatusModel *m_model;
    Job *m_job;
    QDateTime m_readAt;
};

} // namespace AscendDeck
