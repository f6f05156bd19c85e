#include "LoadTestConfig.h"

namespace AscendDeck {

QUrl LoadTestConfig::endpoint() const
{
    if (url.path().endsWith(QLatin1String("/completions")))
        return url;
    QUrl result = url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1")))
        path += QStringLiteral("/v1");
    result.setPath(path + QStringLiteral("/chat/completions"));
    return result;
}

} // namespace AscendDeck
