#pragma once

#include "base/Finding.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace AscendDeck {

// Findings as a table, one row per finding: severity (icon and colour), server, NPU, field, message, fix.
// Every view that lists findings uses it (see FindingView); the tooltip of a row carries its full text, so
// that nothing cut by a narrow column is lost.
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ServerColumn, NpuColumn, FieldColumn, MessageColumn, FixColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole, CodeRole };

    explicit FindingModel(QObject *parent = nullptr);

    // Rows that stay are updated in place, the rest inserted or removed, so a view keeps its selection
    // and scroll position when a list grows (a log diagnosis) or is checked again (a form being edited).
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // Whether any finding fills the column: a view hides the ones none does.
    bool isColumnUsed(int column) const;
    // Every row as one line of plain text, for copying and for tests.
    QString text() const;

    static QString severityText(Finding::Severity severity);
    static QString lineText(const Finding &finding);
    // The text colour of a severity, the same in every view.
    static QColor colourOf(Finding::Severity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Finding &finding, int column) const;
    static QString toolTip(const Finding &finding);

    QList<Finding> m_findings;
};

} // namespace AscendDeck
