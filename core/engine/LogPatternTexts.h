#pragma once

#include <QStringList>

namespace AscendDeck {

// The cause and fix texts of resources/diagnosis/patterns.json, for lupdate: it cannot read JSON, so the
// built-in texts are listed here under the "LogPatternTable" context, where LogPatternTable translates them.
// tst_logdiagnosis fails when a text of the file is missing here.
class LogPatternTexts
{
public:
    static QStringList all();
};

} // namespace AscendDeck
