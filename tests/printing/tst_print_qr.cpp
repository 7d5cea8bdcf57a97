// SPDX-License-Identifier: GPL-3.0-or-later
// The QR payload (docs/PRINTING.md): built, read back from an image, and a
// changed field or a wrong key fails the check value.
#include "PdfTools.h"
#include "printing/QrPayload.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat::printing;

class TestPrintQr : public QObject
{
    Q_OBJECT
private slots:
    void tamperedPayloadFails_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("number") << u"N=75-2026-000002"_qs << u"N=75-2026-000003"_qs;
        QTest::addRow("iin") << u"IIN=900417400123"_qs << u"IIN=900417400124"_qs;
        QTest::addRow("last day") << u"U=2027-03-26"_qs << u"U=2027-09-26"_qs;
        QTest::addRow("body") << u"B=Алмалы"_qs << u"B=Бостандық"_qs;
        QTest::addRow("check") << u"|C="_qs << u"|C=0"_qs;
    }
    void tamperedPayloadFails()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QByteArray key = QByteArray(32, 'k');
        const QString payload = QrPayload::build({{u"T"_qs, u"P"_qs},
                                                  {u"N"_qs, u"75-2026-000002"_qs},
                                                  {u"IIN"_qs, u"900417400123"_qs},
                                                  {u"F"_qs, u"2026-09-27"_qs},
                                                  {u"U"_qs, u"2027-03-26"_qs},
                                                  {u"B"_qs, u"Алмалы"_qs}},
                                                 key);
        QVERIFY(QrPayload::verify(payload, key));
        QVERIFY(!QrPayload::verify(payload, QByteArray(32, 'x'))); // another store's key
        QString tampered = payload;
        tampered.replace(from, to);
        QVERIFY(tampered != payload);
        QVERIFY(!QrPayload::verify(tampered, key));
    }

    void separatorsInValuesCannotForgeFields()
    {
        const QString p = QrPayload::build({{u"B"_qs, u"a|N=1\nx"_qs}}, "k");
        QCOMPARE(QrPayload::fields(p).size(), 2); // B and C only
        QVERIFY(QrPayload::verify(p, "k"));
    }

    void imageDecodesWithZbar()
    {
        QTemporaryDir dir;
        const QString payload = QrPayload::build({{u"T"_qs, u"R"_qs}, {u"B"_qs, u"Алматы қаласы әкімдігі"_qs}}, "k");
        const QString png = dir.filePath(u"qr.png"_qs);
        QVERIFY(QrPayload::image(payload, 4).save(png));
        QCOMPARE(ruqsat::test::decodeQr(png), QStringList{payload});
    }
};

QTEST_GUILESS_MAIN(TestPrintQr)
#include "tst_print_qr.moc"
