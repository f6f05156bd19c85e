#pragma once

#include <QMetaType>
#include <QString>

namespace AscendDeck {

// What a server reports about itself on first contact. Facts are read, never edited by hand.
struct ServerFacts
{
    QString hostname;
    QString address;         // the server's own address on the connection we use (from SSH_CONNECTION)
    QString kernel;
    QString driverVersion;   // from /usr/local/Ascend/driver/version.info; empty when no driver
    int npuCount = 0;        // NPU chips listed by npu-smi info -m
    QString chipName;        // e.g. "910B3"
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::ServerFacts)
