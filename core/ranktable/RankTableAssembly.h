#pragma once

#include "base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

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

    // The master goes first so that it holds rank 0.
    static Result assemble(const QList<ServerInput> &servers);
};

} // namespace AscendDeck
