#pragma once

#include <QAbstractTableModel>

namespace AscendDeck {

class ClusterSession;

// The servers of a ClusterSession and what each reported, one row per server; follows the session.
class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StateColumn, NpuColumn, DriverColumn, DetailColumn, ColumnCount };

    explicit ServerListModel(ClusterSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    ClusterSession *m_session;
    int m_rows = 0;
};

} // namespace AscendDeck
