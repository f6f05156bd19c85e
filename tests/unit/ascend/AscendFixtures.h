#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The real tool outputs copied verbatim from /work/shared/samples/real into tests/fixtures/ascend.
inline QByteArray readAscendFixture(const QString &name)
{
    const QString dir = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/ascend/");
    QFile file(dir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
