// The embedded Simplified Chinese translation: it loads from :/i18n, known strings come out translated,
// and translations/ascenddeck_zh_CN.ts has no unfinished message, so a new untranslated string fails the suite.
#include "Translations.h"
#include "TsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/ascenddeck_zh_CN.qm")),
                 "the zh_CN .qm is not embedded under :/i18n (are the translation resources linked?)");
        QVERIFY(AscendDeck::Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))));
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("ui model") << QStringLiteral("AscendDeck::ServerListModel") << QStringLiteral("Connected");
        QTest::newRow("accelerator") << QStringLiteral("AscendDeck::MainWindow") << QStringLiteral("&Test connections");
        QTest::newRow("core") << QStringLiteral("RankTableValidator") << QStringLiteral("is a multicast address");
        QTest::newRow("QObject") << QStringLiteral("QObject") << QStringLiteral("%1: connection lost: %2");
        QTest::newRow("cli help") << QStringLiteral("CommandLine") << QStringLiteral("Environment variable holding the sudo password (implies --sudo).");
        QTest::newRow("cli command") << QStringLiteral("ApplyCommand") << QStringLiteral("Really change the servers.");
        QTest::newRow("qt parser") << QStringLiteral("QCommandLineParser") << QStringLiteral("Usage: %1");
    }
    void knownStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        const QString translated = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData());
        QVERIFY2(translated != source, qPrintable(QStringLiteral("%1 / \"%2\" is not translated").arg(context, source)));
        QVERIFY2(hasChinese(translated), qPrintable(translated));
        QCOMPARE(placeholders(translated), placeholders(source));
        if (source.contains(QLatin1Char('&')))
            QVERIFY2(translated.contains(QLatin1Char('&')), qPrintable(translated)); // keyboard accelerator kept
    }

    void plural()
    {
        const QString translated = QCoreApplication::translate("AscendDeck::NetworkPage", "%n conflict(s): %1", nullptr, 3)
                                       .arg(QStringLiteral("x"));
        QVERIFY2(hasChinese(translated), qPrintable(translated));
        QVERIFY2(translated.contains(QLatin1Char('3')) && translated.contains(QLatin1Char('x')), qPrintable(translated));
    }

    void noUnfinishedMessages()
    {
        QString error;
        const QList<TsMessage> messages = TsFile::read(TsFile::zhCnPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList untranslated;
        for (const TsMessage &m : messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty)
                untranslated << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished message(s) in %2 (run the update_translations target, then "
                                           "translate them):\n  %3")
                                .arg(untranslated.size())
                                .arg(TsFile::zhCnPath(), untranslated.mid(0, 20).join(QStringLiteral("\n  ")))));
    }

    // A lookup context lupdate never saw means English at run time (the CLI's free tr() helpers looked up
    // "apply" while lupdate filed the strings elsewhere): every literal context in the sources is in the .ts.
    void everyLookupContext_isInTheTs()
    {
        QString error;
        QSet<QString> contexts;
        for (const TsMessage &m : TsFile::read(TsFile::zhCnPath(), &error))
            contexts.insert(m.context);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression lookup(
            QStringLiteral("(?:translate|QT_TRANSLATE_NOOP)\\(\\s*\"([^\"]+)\"|Q_DECLARE_TR_FUNCTIONS\\((\\w+)\\)"));
        static const QRegularExpression freeHelper(QStringLiteral("QString tr\\(const char"));
        const QString root = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR");
        QStringList missing;
        int seen = 0;
        for (const QString &folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                if (text.contains(freeHelper))
                    missing << QStringLiteral("%1: a free tr() helper (lupdate cannot see its context)").arg(it.filePath());
                for (auto m = lookup.globalMatch(text); m.hasNext();) {
                    const auto match = m.next();
                    const QString context = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
                    ++seen;
                    if (!contexts.contains(context))
                        missing << QStringLiteral("%1: context \"%2\" is not in the .ts").arg(it.filePath(), context);
                }
            }
        }
        QVERIFY(seen > 30);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void placeholdersKept()
    {
        QString error;
        const QList<TsMessage> messages = TsFile::read(TsFile::zhCnPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const TsMessage &m : messages) {
            for (const QString &t : m.translations) {
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    wrong << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
