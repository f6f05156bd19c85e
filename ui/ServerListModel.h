#pragma once

#include <QAbstractTableModel>

namespace AscendDeck {

class Deployment;

// The servers of a Deployment and what each reported, one row per server; follows the deployment.
class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StateColumn, NpuColumn, DriverColumn, DetailColumn, ColumnCount };

    explicit ServerListModel(Deployment *deployment, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    Deployment *m_deployment;
    int m_rows = 0;
};

} // namespace AscendDeck
