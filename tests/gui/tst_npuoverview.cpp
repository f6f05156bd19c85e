// The cluster overview at the scale the issue names: 64 servers x 8 NPUs on one 1280-pixel-wide screen,
// every tile inside the widget and apart from the others, colours following health and fill following HBM
// use, and a server that stops answering turning grey. Synthetic samples: no servers needed.
#include "operate/NpuOverview.h"

#include "monitor/ClusterSamples.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QTest>

using namespace AscendDeck;

class TestNpuOverview : public QObject
{
    Q_OBJECT

private:
    static QList<NpuReading> readings(int server, qint64 at)
    {
        QList<NpuReading> list;
        for (int npu = 0; npu < 8; ++npu) {
            NpuReading r;
            r.npuId = npu;
            r.sample.timeMs = at;
            r.sample.hbmTotalMb = 65536;
            r.sample.hbmUsedMb = float(65536 * ((server + npu) % 10) / 10.0);
            r.sample.aiCorePercent = 50;
            r.sample.temperatureC = 45;
            r.sample.powerW = 120;
            r.sample.health = (server == 5 && npu == 3) ? NpuHealth::Critical : NpuHealth::Ok;
            list << r;
        }
        return list;
    }

private slots:
    void sixtyFourServers_fitOneScreen_andShowHealth()
    {
        ClusterSamples samples(10);
        QStringList names;
        for (int s = 0; s < 64; ++s)
            names << QStringLiteral("root@10.0.%1.%2:22").arg(s / 8).arg(s % 8 + 1);
        samples.setServers(names);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int s = 0; s < 64; ++s)
            samples.addReadings(s, readings(s, now));
        samples.addGap(9, now + 1000);

        NpuOverview overview(&samples);
        overview.refresh();
        const int height = overview.heightForWidth(1280);
        QVERIFY2(height <= 700, qPrintable(QString::number(height))); // with charts below, on a 1080p screen
        overview.resize(1280, height);

        QList<QRect> tiles;
        for (int s = 0; s < 64; ++s) {
            for (int n = 0; n < 8; ++n) {
                const QRect tile = overview.tileRect(s, n);
                QVERIFY2(overview.rect().contains(tile), qPrintable(QStringLiteral("server %1 NPU %2").arg(s).arg(n)));
                tiles << tile;
            }
        }
        for (int i = 0; i < tiles.size(); ++i) {
            for (int j = i + 1; j < tiles.size(); ++j)
                QVERIFY(!tiles.at(i).intersects(tiles.at(j)));
        }

        QElapsedTimer paint;
        paint.start();
        const QImage image = overview.grab().toImage();
        qInfo("64 x 8 tiles painted in %lld ms", paint.elapsed());
        const QString dir = qEnvironmentVariable("ASCENDDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(dir + QStringLiteral("/overview-64x8.png"));

        // Server 5 NPU 3 is critical: red at the bottom of its tile; server 9 stopped answering: grey.
        const auto bottomPixel = [&](int s, int n) {
            const QRect t = overview.tileRect(s, n);
            return image.pixelColor(t.center().x(), t.bottom() - 2);
        };
        const QColor critical = bottomPixel(5, 3);
        QVERIFY2(critical.red() > 150 && critical.green() < 100, qPrintable(critical.name()));
        const QColor healthy = bottomPixel(5, 4);
        QVERIFY2(healthy.green() > healthy.red(), qPrintable(healthy.name()));
        const QColor silent = bottomPixel(9, 0);
        QVERIFY2(qAbs(silent.red() - silent.green()) < 20 && qAbs(silent.green() - silent.blue()) < 20, qPrintable(silent.name()));
        QVERIFY(overview.describeAt(overview.tileRect(5, 3).center()).contains(QStringLiteral("NPU 3")));
    }

    // Fill follows HBM use: a 90 % tile is filled higher than a 10 % one.
    void fill_followsHbmUse()
    {
        ClusterSamples samples(4);
        samples.setServers({QStringLiteral("a")});
        QList<NpuReading> list;
        for (int npu = 0; npu < 2; ++npu) {
            NpuReading r;
            r.npuId = npu;
            r.sample.timeMs = QDateTime::currentMSecsSinceEpoch();
            r.sample.hbmTotalMb = 1000;
            r.sample.hbmUsedMb = npu == 0 ? 100 : 900;
            r.sample.health = NpuHealth::Ok;
            list << r;
        }
        samples.addReadings(0, list);
        NpuOverview overview(&samples);
        overview.refresh();
        overview.resize(600, overview.heightForWidth(600));
        const QImage image = overview.grab().toImage();
        const auto filledRows = [&](int n) {
            const QRect t = overview.tileRect(0, n);
            const QColor base = image.pixelColor(t.center().x(), t.bottom() - 1);
            int rows = 0;
            for (int y = t.bottom() - 1; y > t.top(); --y)
                rows += image.pixelColor(t.center().x(), y) == base;
            return rows;
        };
        QVERIFY2(filledRows(1) > filledRows(0) * 3, qPrintable(QStringLiteral("%1 vs %2").arg(filledRows(1)).arg(filledRows(0))));
    }
};

QTEST_MAIN(TestNpuOverview)
#include "tst_npuoverview.moc"
