#pragma once

#include "remote/SshCredentials.h"

#include <QAbstractTableModel>

#include <optional>

namespace AscendDeck {

class Deployment;

// The servers of a Deployment and what each reported, one row per server; follows the deployment. The
// "via" (jump hosts) and "sudo" cells are editable; a value that does not parse is refused with
// editRefused naming the server and the field.
class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, AddressColumn, ViaColumn, SudoColumn, StateColumn, NpuColumn, DriverColumn, DetailColumn,
        ColumnCount
    };

    explicit ServerListModel(Deployment *deployment, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The text the sudo cell shows for a mode (unset: the login's default).
    static QString sudoText(const std::optional<SudoMode> &mode);

signals:
    void editRefused(const QString &message);

private:
    QString displayText(int row, int column) const;
    bool setVia(int row, const QString &text);
    bool setSudo(int row, const QString &text);

    Deployment *m_deployment;
    int m_rows = 0;
};

} // namespace AscendDeck
