#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace TsFile {

namespace {
// The text of a <translation> element, or its numerus forms; the reader is left on its end tag.
QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms << xml.readElementText();
        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}
} // namespace

QList<TsMessage> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished");
            // vanished/obsolete entries are not shipped; lupdate -no-obsolete drops them anyway
            const bool gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            message.translations = readTranslation(xml);
            if (!gone)
                messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QHash<QString, QString> translatedSources(const QList<TsMessage> &messages)
{
    QHash<QString, QString> translated;
    for (const TsMessage &m : messages) {
        const QString &text = m.translations.value(0);
        if (!m.unfinished && !text.isEmpty() && text != m.source)
            translated.insert(m.source, text);
    }
    return translated;
}

QString zhCnPath()
{
    return qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/translations/ascenddeck_zh_CN.ts");
}

} // namespace TsFile
