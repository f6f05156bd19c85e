#pragma once

#include "monitor/Alert.h"
#include "monitor/NpuSample.h"
#include "monitor/ServiceMetrics.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace AscendDeck {

// Applies the alert rules to what the samplers and the metrics poller deliver: an NPU whose health is
// not OK, HBM above the threshold, a server that stopped answering (a gap in its samples), the service
// down (a failed scrape). Each condition raises one alert and clears it when it ends.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    explicit AlertMonitor(QObject *parent = nullptr);

    void setRules(const AlertRules &rules) { m_rules = rules; }
    const AlertRules &rules() const { return m_rules; }
    void setServerNames(const QStringList &names) { m_names = names; }

    QList<Alert> activeAlerts() const { return m_active.values(); }
    bool isActive(Alert::Kind kind, int server = -1, int npuId = -1, int chipId = 0) const;

public slots:
    void observeReadings(int server, const QList<AscendDeck::NpuReading> &readings);
    void observeGap(int server, qint64 timeMs, const QString &reason);
    void observeService(const AscendDeck::ServiceMetrics &metrics);

signals:
    void alertRaised(const AscendDeck::Alert &alert);
    void alertCleared(const AscendDeck::Alert &alert);

private:
    void observeNpu(int server, const NpuReading &reading);
    void raise(Alert alert);
    void clear(Alert::Kind kind, int server, int npuId = -1, int chipId = 0);
    QString serverName(int server) const;
    static Alert make(Alert::Kind kind, int server, int npuId, int chipId, qint64 timeMs);

    AlertRules m_rules;
    QStringList m_names;
    QHash<QString, Alert> m_active;
};

} // namespace AscendDeck
