#pragma once

#include "network/HccnPlan.h"

#include <QWidget>

namespace AscendDeck {

// A small picture of how the NPUs are cabled for the chosen topology: servers as boxes, fibres or switch
// links as lines, so that "fibre pairs" and "switch" mean something at a glance.
class TopologyDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyDiagram(QWidget *parent = nullptr);

    void setTopology(HccnTopology topology);
    void setServerCount(int count);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HccnTopology m_topology = HccnTopology::FibrePairs;
    int m_servers = 2;
};

} // namespace AscendDeck
