#pragma once

#include "ascend/ParseError.h"
#include "ascend/VersionInfo.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Reads the driver's or firmware's version.info (key=value; Version= is required and must be a version
// AscendVersion understands).
class VersionInfoParser
{
    Q_DECLARE_TR_FUNCTIONS(VersionInfoParser)

public:
    static VersionInfo parse(const QByteArray &data, ParseError *error = nullptr);
    // "[7.0.0,7.2.99],[V100R001C30]" -> ranges; false on anything else.
    static bool parseRanges(const QString &value, QList<VersionRange> *ranges);
};

} // namespace AscendDeck
