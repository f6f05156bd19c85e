// The real main window built in Chinese (as `ascenddeck --lang zh_CN` builds it) on the offscreen platform: no
// text of the main window, the wizard pages or the operate tabs is an English source text that
// ascenddeck_zh_CN.ts translates.
#include "MainWindow.h"
#include "Translations.h"
#include "TsFile.h"

#include "deployment/Deployment.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QWizardPage>

using namespace AscendDeck;

class TestGuiTranslations : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_translated;
    QList<QRegularExpression> m_patterns; // sources with placeholders, as patterns of the texts they make

    // Sources with %1..%n whose words alone say they are English ("%1 of %2 servers ready").
    void addPattern(const QString &source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%(?:L?[0-9]+|n)"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        QString literal = source;
        literal.remove(placeholder);
        if (!source.contains(placeholder) || literal.count(word) < 2)
            return;
        QString pattern;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(source.mid(from, m.capturedStart() - from)) + QStringLiteral(".*");
            from = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(from));
        m_patterns << QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                         QRegularExpression::DotMatchesEverythingOption);
    }

    bool isEnglish(const QString &text) const
    {
        if (text.trimmed().isEmpty())
            return false;
        QString withoutAccelerator = text;
        withoutAccelerator.remove(QLatin1Char('&'));
        if (m_translated.contains(text) || m_translated.contains(withoutAccelerator))
            return true;
        return std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                           [&text](const QRegularExpression &p) { return p.match(text).hasMatch(); });
    }

    static QString plain(const QString &text)
    {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }

    // Every text a user can read on widget itself: its own words, tooltip, title and the items it shows.
    static QStringList textsOf(QWidget *w)
    {
        QStringList texts{w->toolTip(), w->windowTitle(), w->statusTip(), w->whatsThis()};
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text() << plain(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *page = qobject_cast<QWizardPage *>(w))
            texts << page->title() << page->subTitle() << plain(page->subTitle());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts << view->model()->headerData(c, Qt::Horizontal).toString()
                      << view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
        return texts;
    }

    QStringList englishTexts(QWidget *root) const
    {
        QStringList found;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            for (const QString &text : textsOf(w)) {
                if (isEnglish(text))
                    found << QStringLiteral("%1 (%2): \"%3\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
            }
        }
        for (QAction *action : root->findChildren<QAction *>()) {
            for (const QString &text : {action->text(), action->toolTip(), action->statusTip()}) {
                if (isEnglish(text))
                    found << QStringLiteral("QAction (%1): \"%2\"").arg(action->objectName(), text);
            }
        }
        found.removeDuplicates();
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const QList<TsMessage> messages = TsFile::read(TsFile::zhCnPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_translated = TsFile::translatedSources(messages);
        for (auto it = m_translated.cbegin(); it != m_translated.cend(); ++it)
            addPattern(it.key());
        QVERIFY(m_translated.size() > 500);
    }

    // The check itself: the same window built in English is full of translated source texts.
    void englishWindow_isSeenAsEnglish()
    {
        Deployment deployment{SessionOptions()};
        MainWindow window(&deployment);
        QVERIFY(englishTexts(&window).size() > 50);
    }

    void chineseWindow_hasNoEnglishText()
    {
        QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("zh_CN"))));
        Deployment deployment{SessionOptions()};
        MainWindow window(&deployment);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList english;
        // Each tab once shown, so that what a tab builds when it first appears is there too.
        for (const MainWindow::Tab tab : {MainWindow::DeployTab, MainWindow::LaunchTab, MainWindow::MonitorTab, MainWindow::LoadTestTab}) {
            window.showTab(tab);
            QCoreApplication::processEvents();
            english += englishTexts(&window);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English text(s) where a translation exists:\n  %2")
                                                  .arg(english.size())
                                                  .arg(english.join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
