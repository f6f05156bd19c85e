#include "AlertModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>

namespace AscendDeck {

namespace {
QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

AlertModel::AlertModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AlertModel::setServerNames(const QStringList &names)
{
    m_serverNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ServerColumn), index(rowCount() - 1, ServerColumn));
}

void AlertModel::raise(const Alert &alert)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend({alert, 0});
    endInsertRows();
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, rowCount() - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

void AlertModel::clear(const Alert &alert, qint64 atMs)
{
    const QString key = alert.key();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).clearedMs == 0 && m_rows.at(i).alert.key() == key) {
            m_rows[i].clearedMs = atMs;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

QStringList AlertModel::texts() const
{
    QStringList texts;
    for (const Row &row : m_rows)
        texts << display(row, SeverityColumn) + QStringLiteral(": ") + row.alert.message;
    return texts;
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::serverName(int server) const
{
    if (server < 0)
        return tr("service");
    return m_serverNames.value(server, QString::number(server + 1));
}

// The words kept from the monitor page, in its context, where they are translated.
QString AlertModel::display(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn: return clock(row.alert.sinceMs);
    case SeverityColumn:
        if (row.clearedMs > 0)
            return QCoreApplication::translate("AscendDeck::MonitorPage", "cleared %1").arg(clock(row.clearedMs));
        return row.alert.severity == Alert::Severity::Critical ? QCoreApplication::translate("AscendDeck::MonitorPage", "critical")
                                                               : QCoreApplication::translate("AscendDeck::MonitorPage", "warning");
    case ServerColumn: return serverName(row.alert.server);
    case NpuColumn: return row.alert.npuId >= 0 ? QString::number(row.alert.npuId) : QString();
    case TextColumn: return row.alert.message;
    default: return {};
    }
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        // Rich text, so that a long alert wraps instead of running off the screen.
        return QStringLiteral("<p>%1 %2</p><p>%3</p>")
            .arg(display(row, TimeColumn), display(row, SeverityColumn).toHtmlEscaped(), row.alert.message.toHtmlEscaped());
    case Qt::ForegroundRole:
        if (row.clearedMs > 0)
            return QPalette().placeholderText().color();
        if (index.column() == SeverityColumn)
            return row.alert.severity == Alert::Severity::Critical ? QColor(0xc6, 0x28, 0x28) : QColor(0xe6, 0x51, 0x00);
        return {};
    default: return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return QCoreApplication::translate("AscendDeck::MonitorPage", "Time");
    case SeverityColumn: return QCoreApplication::translate("AscendDeck::MonitorPage", "Severity");
    case ServerColumn: return tr("Server");
    case NpuColumn: return tr("NPU");
    case TextColumn: return QCoreApplication::translate("AscendDeck::MonitorPage", "Alert");
    default: return {};
    }
}

} // namespace AscendDeck
