#pragma once

#include "weights/WeightsStatus.h"
#include "weights/WeightsSyncResult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace AscendDeck {

// The model folder on every server, one row each (the reference first): files, size, free disk, what is still
// to copy, and the state (what differs, the copy's progress, its end).
class WeightsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Server, Files, Size, Free, ToCopy, State, ColumnCount };

    explicit WeightsModel(QObject *parent = nullptr);

    void setStatus(const WeightsStatus &status, bool overwrite);
    // Row of target index (0 = the first target) shows the copy's progress.
    void setProgress(const WeightsTargetProgress &progress);
    void setResult(const WeightsSyncResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(int row) const;
    void changedRow(int row);

    WeightsStatus m_status;
    bool m_overwrite = false;
    QHash<int, QString> m_states; // row -> progress or outcome text, over the status' own
};

} // namespace AscendDeck
