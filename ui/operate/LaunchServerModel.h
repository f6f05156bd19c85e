#pragma once

#include "base/Finding.h"
#include "ops/LaunchOperation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace AscendDeck {

// The servers of a launch, one row each: name, role, state (with its detail as tooltip) and the likeliest
// cause the log diagnosis found on it. Holds each server's findings, so that the diagnosis view shows them
// for the selected row.
class LaunchServerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StateColumn, DiagnosisColumn, ColumnCount };

    explicit LaunchServerModel(QObject *parent = nullptr);

    // A new set of servers: every state Pending, no findings. roles are the plan's names (master, worker...).
    void setServers(const QStringList &names, const QStringList &roles);
    void setRole(int server, const QString &role);
    void setState(int server, LaunchOperation::ServerState state, const QString &detail);
    // A finding of the same code replaces the one known (its count has grown).
    void addFinding(int server, const Finding &finding);
    void clearFindings();

    QString name(int server) const { return m_servers.value(server).name; }
    LaunchOperation::ServerState state(int server) const;
    // The server's findings, likeliest cause first (see rank()).
    QList<Finding> findings(int server) const;
    // Causes first, then errors that only follow from another, then warnings and notes.
    static int rank(const Finding &finding);
    static QString roleName(const QString &role);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Server
    {
        QString name;
        QString role;
        LaunchOperation::ServerState state = LaunchOperation::ServerState::Pending;
        QString detail;
        QList<Finding> findings;
    };
    // The finding the Diagnosis column shows: the best ranked that is not a note; null when none.
    static const Finding *shown(const Server &server);
    QVariant display(const Server &server, int column) const;
    QVariant toolTip(const Server &server, int column) const;
    void changed(int server, int column);

    QList<Server> m_servers;
};

} // namespace AscendDeck
