#pragma once

#include "base/Finding.h"

#include <QTreeView>

namespace AscendDeck {

class FindingModel;

// A list of findings over its own FindingModel: columns no finding fills are hidden, long messages wrap,
// and the placeholder says so when there is nothing to show.
class FindingView : public QTreeView
{
    Q_OBJECT
public:
    explicit FindingView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    FindingModel *findingModel() const { return m_model; }
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColumns();

    FindingModel *m_model;
    QString m_placeholder;
};

} // namespace AscendDeck
