#pragma once

#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AscendDeck {

struct KeyValueLine
{
    int number = 0;
    QString key;
    QString value;
};

// The key=value files Ascend packages install (version.info, *_install.info). Blank lines are skipped;
// every other line must be key=value with a non-empty key, and a key may appear only once.
class KeyValueText
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueText)

public:
    static bool parse(const QByteArray &data, QList<KeyValueLine> *out, ParseError *error);
    // The line holding key, or nullptr.
    static const KeyValueLine *find(const QList<KeyValueLine> &lines, const QString &key);
};

} // namespace AscendDeck
