#pragma once

#include "ops/DeploymentStatus.h"

#include <QAbstractTableModel>

namespace AscendDeck {

// Where each server stands, one row per server and one column per step (in wizard order): the state in a
// word, coloured, with what differs as the tooltip. Over a DeploymentStatus::Report read by the status page.
class DeploymentStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Qt::UserRole: whether the cell needs attention (bool).
    static constexpr int NeedsAttentionRole = Qt::UserRole;

    explicit DeploymentStatusModel(QObject *parent = nullptr);

    void setReport(const DeploymentStatus::Report &report);
    const DeploymentStatus::Report &report() const { return m_report; }

    static DeploymentStatus::Step stepOfColumn(int column) { return DeploymentStatus::steps().value(column); }
    static QString stepTitle(DeploymentStatus::Step step);
    // The state as the admin reads it; the engine's in its own words (running, stopped, not started).
    static QString stateText(DeploymentStatus::Step step, DeploymentStatus::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const DeploymentStatus::StepStatus *cell(const QModelIndex &index) const;

    DeploymentStatus::Report m_report;
};

} // namespace AscendDeck
