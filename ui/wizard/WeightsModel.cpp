#include "WeightsModel.h"

#include <QBrush>
#include <QColor>

namespace AscendDeck {

WeightsModel::WeightsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WeightsModel::setStatus(const WeightsStatus &status, bool overwrite)
{
    beginResetModel();
    m_status = status;
    m_overwrite = overwrite;
    m_states.clear();
    endResetModel();
}

void WeightsModel::setProgress(const WeightsTargetProgress &progress)
{
    const int row = progress.target + 1;
    if (row <= 0 || row >= rowCount())
        return;
    const int percent = progress.total > 0 ? int(qMin<qint64>(100, progress.bytes * 100 / progress.total)) : 100;
    const int left = progress.secondsLeft();
    m_states[row] = tr("copying from %1: %2% (%3 of %4), %5/s, %6 left, %7")
                        .arg(progress.source)
                        .arg(percent)
                        .arg(WeightsStatus::formatBytes(progress.bytes), WeightsStatus::formatBytes(progress.total),
                             WeightsStatus::formatBytes(qint64(progress.bytesPerSecond)),
                             left < 0 ? QStringLiteral("-") : tr("%1 s").arg(left), progress.file);
    changedRow(row);
}

void WeightsModel::setResult(const WeightsSyncResult &result)
{
    for (int i = 0; i < result.targets.size() && i + 1 < rowCount(); ++i) {
        const WeightsTargetOutcome &target = result.targets.at(i);
        switch (target.state) {
        case WeightsTargetOutcome::State::Verified:
            m_states[i + 1] = target.source.isEmpty() ? tr("complete, verified (sha256)")
                                                      : tr("copied from %1, verified (sha256)").arg(target.source);
            break;
        case WeightsTargetOutcome::State::Conflicts:
            m_states[i + 1] = tr("%n file(s) differ, kept as they are", nullptr, int(target.differences.size()));
            break;
        case WeightsTargetOutcome::State::Failed:
            m_states[i + 1] = tr("failed: %1").arg(target.error.isEmpty() ? tr("%n file(s) differ", nullptr,
                                                                               int(target.differences.size()))
                                                                          : target.error);
            break;
        case WeightsTargetOutcome::State::Cancelled: m_states[i + 1] = tr("cancelled; copy again to resume"); break;
        case WeightsTargetOutcome::State::NotStarted: break;
        }
        changedRow(i + 1);
    }
}

void WeightsModel::clear()
{
    setStatus(WeightsStatus(), false);
}

void WeightsModel::changedRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WeightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.servers.size());
}

int WeightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeightsModel::stateText(int row) const
{
    if (m_states.contains(row))
        return m_states.value(row);
    const WeightsServerStatus &server = m_status.servers.at(row);
    if (!server.error.isEmpty())
        return server.error;
    if (server.isReference)
        return server.inventory.exists ? tr("reference") : tr("reference folder missing");
    const WeightsComparison &comparison = server.comparison;
    if (comparison.isIdentical())
        return m_status.hashed ? tr("same files and content") : tr("same files and sizes");
    QStringList parts;
    if (const int missing = comparison.countOf(WeightsDifference::Kind::Missing))
        parts << tr("%n missing", nullptr, missing);
    if (const int differ = int(comparison.conflicts().size()))
        parts << tr("%n differ", nullptr, differ);
    if (const int extra = comparison.countOf(WeightsDifference::Kind::Extra))
        parts << tr("%n extra", nullptr, extra);
    return parts.join(QLatin1String(", "));
}

QVariant WeightsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WeightsServerStatus &server = m_status.servers.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State) {
        const bool bad = !server.error.isEmpty() || !server.comparison.conflicts().isEmpty();
        return bad ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool readable = server.error.isEmpty();
    switch (index.column()) {
    case Server: return server.target.displayName();
    case Files: return readable ? QVariant(server.inventory.payloadCount()) : QVariant();
    case Size: return readable ? WeightsStatus::formatBytes(server.inventory.payloadBytes()) : QString();
    case Free:
        return readable && server.inventory.freeBytes >= 0 ? WeightsStatus::formatBytes(server.inventory.freeBytes)
                                                           : QString();
    case ToCopy:
        return readable && !server.isReference ? WeightsStatus::formatBytes(server.comparison.bytesToCopy(m_overwrite))
                                               : QString();
    case State: return stateText(index.row());
    default: return {};
    }
}

QVariant WeightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Server: return tr("Server");
    case Files: return tr("Files");
    case Size: return tr("Size");
    case Free: return tr("Free disk");
    case ToCopy: return tr("To copy");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace AscendDeck
