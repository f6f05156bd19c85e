// The real ascenddeck-cli under LANG=zh_CN.UTF-8: every command's help, and its usage errors, print no English
// text that ascenddeck_zh_CN.ts translates; the Qt parser's own words ("Usage:", "Options:") are Chinese too.
#include "CliRun.h"
#include "TsFile.h"

#include <QRegularExpression>
#include <QTest>

class TestCliTranslations : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_translated;
    const QProcessEnvironment m_chinese = CliRun::withLanguage(QStringLiteral("zh_CN.UTF-8"));

    // The lines of output, and the columns of the option tables within them, that are an English source text.
    QStringList englishLines(const QByteArray &output) const
    {
        static const QRegularExpression columns(QStringLiteral("\\s{2,}"));
        QStringList found;
        for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
            QStringList pieces = line.trimmed().split(columns, Qt::SkipEmptyParts);
            pieces.prepend(line.trimmed());
            for (const QString &piece : std::as_const(pieces)) {
                if (m_translated.contains(piece))
                    found << piece;
            }
        }
        return found;
    }

    static void addCommandRows()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("the program") << QStringList{};
        for (const QStringList &command : CliRun::commands())
            QTest::newRow(qPrintable(command.join(QLatin1Char(' ')))) << command;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_translated = TsFile::translatedSources(TsFile::read(TsFile::zhCnPath(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_translated.size() > 500);
    }

    void help_isChinese_data() { addCommandRows(); }
    void help_isChinese()
    {
        QFETCH(QStringList, command);
        const CliRun r = CliRun::run(command + QStringList{QStringLiteral("--help")}, m_chinese);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("用法：ascenddeck-cli").toUtf8()), r.out.constData());
        const QStringList english = englishLines(r.out);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English where a translation exists:\n  %1\n\n%2")
                                                  .arg(english.join(QStringLiteral("\n  ")), QString::fromUtf8(r.out))));
    }

    void usageError_isChinese_data() { addCommandRows(); }
    void usageError_isChinese()
    {
        QFETCH(QStringList, command);
        const CliRun r = CliRun::run(command + QStringList{QStringLiteral("--no-such-option")}, m_chinese);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("未知选项")) && err.contains(QStringLiteral("用法：")), r.err.constData());
        QVERIFY2(englishLines(r.err).isEmpty(), r.err.constData());
    }

    // The check itself: in English the same help is full of translated source texts.
    void english_isSeenAsEnglish()
    {
        const CliRun r = CliRun::run({QStringLiteral("apply"), QStringLiteral("--help")}, CliRun::withLanguage(QStringLiteral("C")));
        QVERIFY(englishLines(r.out).size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
