#include "DeploymentStatusModel.h"

#include <QBrush>
#include <QColor>

namespace AscendDeck {

namespace {
using Step = DeploymentStatus::Step;
using State = DeploymentStatus::State;

// The preflight page's colours: green done, amber stale, red failed or missing, grey otherwise.
QColor colourOf(Step step, State state)
{
    if (state == State::Done)
        return {0xc8, 0xe6, 0xc9};
    if (DeploymentStatus::needsAttention(step, state))
        return state == State::Stale ? QColor(0xff, 0xe0, 0xa3) : QColor(0xf6, 0xc6, 0xc2);
    return state == State::Stale || state == State::Missing ? QColor(0xff, 0xf3, 0xd6) : QColor(0xee, 0xee, 0xee);
}
} // namespace

DeploymentStatusModel::DeploymentStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeploymentStatusModel::setReport(const DeploymentStatus::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

QString DeploymentStatusModel::stepTitle(Step step)
{
    switch (step) {
    case Step::Preflight: return tr("Preflight");
    case Step::Network: return tr("NPU network");
    case Step::RankTable: return tr("Rank table");
    case Step::EngineConfig: return tr("Engine config");
    case Step::Weights: return tr("Weights");
    case Step::Engine: return tr("Engine");
    }
    return {};
}

QString DeploymentStatusModel::stateText(Step step, State state)
{
    if (step == Step::Engine) {
        switch (state) {
        case State::Done: return tr("running");
        case State::Stale: return tr("stopped");
        case State::Failed: return tr("failed");
        case State::Missing: return tr("not started");
        default: break;
        }
    }
    switch (state) {
    case State::Done: return tr("done");
    case State::Stale: return tr("stale");
    case State::Missing: return tr("missing");
    case State::Failed: return tr("failed");
    case State::NotApplicable: return tr("n/a");
    case State::Unknown: return tr("unknown");
    }
    return {};
}

const DeploymentStatus::StepStatus *DeploymentStatusModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_report.servers.size())
        return nullptr;
    return m_report.servers.at(index.row()).step(stepOfColumn(index.column()));
}

int DeploymentStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.servers.size());
}

int DeploymentStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(DeploymentStatus::steps().size());
}

QVariant DeploymentStatusModel::data(const QModelIndex &index, int role) const
{
    const DeploymentStatus::StepStatus *status = cell(index);
    if (!status)
        return {};
    switch (role) {
    case Qt::DisplayRole: return stateText(status->step, status->state);
    case Qt::ToolTipRole: return status->detail;
    case Qt::BackgroundRole: return QBrush(colourOf(status->step, status->state));
    case Qt::ForegroundRole: return QBrush(Qt::black); // readable on the light cell colours in a dark theme too
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case NeedsAttentionRole: return DeploymentStatus::needsAttention(status->step, status->state);
    default: return {};
    }
}

QVariant DeploymentStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return stepTitle(stepOfColumn(section));
    return m_report.servers.value(section).server;
}

} // namespace AscendDeck
