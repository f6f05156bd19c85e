#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace AscendDeck {

// Environment variables in the order they are written out. A list, not a map: the order is part of the
// artifact (byte-stable scripts) and follows the seeds' order so that people recognise it.
using EnvList = QList<QPair<QString, QString>>;

} // namespace AscendDeck
