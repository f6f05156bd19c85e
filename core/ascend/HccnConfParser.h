#pragma once

#include "ascend/HccnConf.h"
#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Reads /etc/hccn.conf. Blank lines, '#' comments and "..." elisions are skipped; anything else must be
// key_N=value, addresses must be IPv4 and no key may be set twice.
class HccnConfParser
{
    Q_DECLARE_TR_FUNCTIONS(HccnConfParser)

public:
    // On failure returns an empty HccnConf and sets *error (if given) to the first bad line.
    static HccnConf parse(const QByteArray &data, ParseError *error = nullptr);

private:
    static bool parseLine(const QString &line, int number, HccnConf *conf, ParseError *error);
    static bool store(const QString &key, const QString &value, int number, HccnNpuSettings *npu, ParseError *error);
};

} // namespace AscendDeck
