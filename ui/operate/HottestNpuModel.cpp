#include "HottestNpuModel.h"

#include "monitor/ClusterSamples.h"

#include <algorithm>
#include <cmath>

namespace AscendDeck {

HottestNpuModel::HottestNpuModel(const ClusterSamples *samples, QObject *parent)
    : QAbstractTableModel(parent)
    , m_samples(samples)
{
}

void HottestNpuModel::setSamples(const ClusterSamples *samples)
{
    m_samples = samples;
    refresh();
}

void HottestNpuModel::setRankBy(RankBy rankBy)
{
    if (rankBy == m_rankBy)
        return;
    m_rankBy = rankBy;
    refresh();
}

void HottestNpuModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    refresh();
}

double HottestNpuModel::rankValue(const Row &row) const
{
    switch (m_rankBy) {
    case ByTemperature:
        return row.sample.temperatureC;
    case ByHbm:
        return row.sample.hbmPercent();
    case ByAiCore:
        return row.sample.aiCorePercent;
    }
    return std::nan("");
}

QList<HottestNpuModel::Row> HottestNpuModel::ranked() const
{
    QList<Row> rows;
    if (!m_samples)
        return rows;
    for (int s = 0; s < m_samples->serverCount(); ++s) {
        for (int i = 0; i < m_samples->seriesCount(s); ++i) {
            const std::optional<NpuSample> latest = m_samples->latest(s, i);
            if (!latest || latest->gap)
                continue;
            rows.append(Row{m_samples->serverName(s), m_samples->npuId(s, i), m_samples->chipId(s, i), *latest});
        }
    }
    // NaN (no reading of that figure) ranks last; equal figures keep the cluster's order.
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        const double x = rankValue(a);
        const double y = rankValue(b);
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return x > y;
    });
    if (rows.size() > m_limit)
        rows.resize(m_limit);
    return rows;
}

void HottestNpuModel::refresh()
{
    QList<Row> rows = ranked();
    if (rows.size() == m_rows.size()) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int HottestNpuModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HottestNpuModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString figure(float value, const char *format)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::asprintf(format, double(value));
}
} // namespace

QVariant HottestNpuModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != ServerColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ServerColumn:
        return row.server;
    case NpuColumn:
        return row.chipId ? QStringLiteral("%1/%2").arg(row.npuId).arg(row.chipId) : QString::number(row.npuId);
    case TemperatureColumn:
        return figure(row.sample.temperatureC, "%.0f");
    case HbmColumn:
        if (std::isnan(row.sample.hbmPercent()))
            return QStringLiteral("-");
        return tr("%1 % (%2/%3 GB)")
            .arg(double(row.sample.hbmPercent()), 0, 'f', 0)
            .arg(row.sample.hbmUsedMb / 1024.0, 0, 'f', 1)
            .arg(row.sample.hbmTotalMb / 1024.0, 0, 'f', 0);
    case AiCoreColumn:
        return figure(row.sample.aiCorePercent, "%.0f");
    case PowerColumn:
        return figure(row.sample.powerW, "%.0f");
    }
    return {};
}

QVariant HottestNpuModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn: return tr("Server");
    case NpuColumn: return tr("NPU");
    case TemperatureColumn: return tr("Temp. °C");
    case HbmColumn: return tr("HBM used");
    case AiCoreColumn: return tr("AI Core %");
    case PowerColumn: return tr("Power W");
    }
    return {};
}

} // namespace AscendDeck
