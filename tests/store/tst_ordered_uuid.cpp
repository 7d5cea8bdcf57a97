// SPDX-License-Identifier: GPL-3.0-or-later
// Time-ordered ids: valid RFC 9562 UUIDs of the stated version, ordered by
// their prefix as text (the order the store's indexes keep), unique.
#include "common/OrderedUuid.h"
#include "store/Binding.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ruqsat;

class TestOrderedUuid : public QObject
{
    Q_OBJECT
private slots:
    void versionAndVariant()
    {
        QRandomGenerator rng(7);
        // Qt 6.4's QUuid::version() knows versions 1 to 5 only: read the
        // version nibble from the text (xxxxxxxx-xxxx-Vxxx-Rxxx-...).
        const QString v8 = orderedUuid(0x123456789abcull, 8, rng);
        QVERIFY2(v8.startsWith(QLatin1String("12345678-9abc-8")), qPrintable(v8));
        QCOMPARE(QUuid(v8).variant(), QUuid::DCE);
        QVERIFY(!QUuid(v8).isNull());
        const QString v7 = timeOrderedUuid();
        QCOMPARE(v7.at(14), u'7');
        QCOMPARE(QUuid(v7).variant(), QUuid::DCE);
    }

    void textOrderFollowsThePrefix()
    {
        QRandomGenerator rng(1);
        QString previous;
        // Across byte boundaries of the prefix: 0xff -> 0x100, 0xffff -> 0x10000.
        for (quint64 prefix : {0x00ffull, 0x0100ull, 0xffffull, 0x10000ull, 0xffffffffffull, 0x10000000000ull}) {
            const QString id = orderedUuid(prefix, 8, rng);
            QVERIFY2(previous < id, qPrintable(previous + QLatin1String(" !< ") + id));
            previous = id;
        }
    }

    void newIdsGrowWithTimeAndAreUnique()
    {
        QSet<QString> seen;
        QString first = store::newId();
        QTest::qWait(3);
        for (int i = 0; i < 10000; ++i)
            seen.insert(store::newId());
        QCOMPARE(seen.size(), 10000);
        for (const QString &id : seen) // a later millisecond sorts after
            QVERIFY(first.left(13) < id.left(13));
    }
};

QTEST_MAIN(TestOrderedUuid)
#include "tst_ordered_uuid.moc"
