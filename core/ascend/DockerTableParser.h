#pragma once

#include "ascend/ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace AscendDeck {

// One row of a docker table, keyed by its column heading ("REPOSITORY", "TAG", "CONTAINER ID", ...).
using DockerRow = QMap<QString, QString>;

// The tables `docker images` and `docker ps [-a]` print. Columns are found from the header's positions
// (headings may contain one space, "IMAGE ID"; values may contain spaces, "Up 2 hours").
class DockerTableParser
{
public:
    static QList<DockerRow> parse(const QByteArray &data, ParseError *error = nullptr);
};

} // namespace AscendDeck
