#pragma once

#include "ascend/ParseError.h"
#include "ascend/VersionInfo.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Reads CANN's ascend_toolkit_install.info / ascend_nnae_install.info (key=value; version= required).
class CannInfoParser
{
    Q_DECLARE_TR_FUNCTIONS(CannInfoParser)

public:
    static CannInfo parse(const QByteArray &data, ParseError *error = nullptr);
};

} // namespace AscendDeck
