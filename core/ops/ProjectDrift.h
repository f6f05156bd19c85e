#pragma once

#include "project/Project.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

class SessionPool;

// Where the servers differ from the project: NPU settings that are not what the plan says, and deployed
// files (rank table, MindIE config.json) that are not what the project generates. Read-only.
class ProjectDrift
{
public:
    struct Item
    {
        QString server;
        QString what;       // "npu 3 ip", "/etc/ascenddeck/ranktable.json"
        QString expected;
        QString actual;
    };
    struct Report
    {
        QList<Item> items;
        QStringList errors;  // servers that could not be read, and why
        int unreachable = 0;
        nlohmann::ordered_json toJson() const;
    };

    static Report read(SessionPool *pool, const Project &project);
};

} // namespace AscendDeck
