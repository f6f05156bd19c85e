#pragma once

#include "base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// Builds the cluster's rank table from what each server's /etc/hccn.conf says, the way the seed report
// does by hand (hccl_tools.py on every server, merge_hccl.py on one, container_ip filled in), and
// validates the result against those same readings. Pure: no I/O.
class RankTableAssembly
{
public:
    struct ServerInput
    {
        QString serverIp;       // server_id: the address the other servers reach it at
        QByteArray hccnConf;    // content of its /etc/hccn.conf
    };
    struct Result
    {
        QByteArray json;        // the merged table, as merge_hccl.py lays it out
        QString fileName;       // hccl_<S>s_<P>p.json
        QList<Finding> findings;
        QString error;          // set when no table could be built at all
        bool hasErrors() const;
    };

    // In rank order: the first server holds rank 0.
    static Result assemble(const QList<ServerInput> &servers);
    // servers in the deployment's order; the master's (masterIndex, when in range) goes first so that it
    // holds rank 0, as MindIE expects of the server it calls master, the others follow in their order. The
    // one way the wizard, the export and the launch turn the servers' hccn.conf into the cluster's table.
    static Result assembleMasterFirst(QList<ServerInput> servers, int masterIndex);

    // Where every server keeps its NPU addresses, and the read-only command that prints it: what the table
    // is assembled from.
    static QString hccnConfPath();
    static QStringList readHccnConfArgv();
};

} // namespace AscendDeck
