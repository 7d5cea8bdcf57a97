// SPDX-License-Identifier: GPL-3.0-or-later
// The table of text limits: one entry per field, each with a label and a
// column, messages at and past the limit, and store errors traced back to
// the field they name. tst_schema_limits checks the schema against it.
#include "domain/FieldLimits.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace ruqsat::domain;

class TestFieldLimits : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldOnceWithLabelAndColumn()
    {
        QSet<QString> fields, columns;
        for (const FieldLimit &l : FieldLimits::all()) {
            QVERIFY2(!fields.contains(l.field), qPrintable(l.field));
            fields.insert(l.field);
            QVERIFY2(l.maxLength > 0, qPrintable(l.field));
            QVERIFY2(l.label && !l.labelText().isEmpty(), qPrintable(l.field));
            if (l.table.isEmpty())
                continue;
            const QString column = l.table + u'.' + l.column;
            QVERIFY2(!columns.contains(column), qPrintable(column));
            columns.insert(column);
            QCOMPARE(l.constraintName(), l.table + u'_' + l.column + QLatin1String("_length"));
            QCOMPARE(FieldLimits::findColumn(l.table, l.column), &l);
        }
        QVERIFY(FieldLimits::find(QStringLiteral("immigrant.iin")) ==
                nullptr); // checked as an IIN, not by length
    }

    // A real name, passport and address fit; a pasted page does not.
    void realDocumentsFit()
    {
        QVERIFY(FieldLimits::maxLength(QStringLiteral("immigrant.surnameLat")) >= 35);
        QVERIFY(FieldLimits::maxLength(QStringLiteral("immigrant.surnameLat")) <= 100);
        QVERIFY(FieldLimits::maxLength(QStringLiteral("immigrant.passportNumber")) >= 9);
        QVERIFY(FieldLimits::maxLength(QStringLiteral("immigrant.passportNumber")) <= 20);
        QVERIFY(FieldLimits::maxLength(QStringLiteral("application.workAddress")) <= 300);
        // The clerk's checklist note leaves room for the rule's reason in its column.
        QVERIFY(FieldLimits::maxLength(QStringLiteral("checklist.note")) + 300 <=
                FieldLimits::maxLength(QStringLiteral("checklist.storedNote")));
    }

    void problemAtAndPastTheLimit()
    {
        const QString field = QStringLiteral("immigrant.surnameLat");
        const int max = FieldLimits::maxLength(field);
        QVERIFY(FieldLimits::problem(field, QString()).isEmpty());
        QVERIFY(FieldLimits::problem(field, QString(max, u'Ж')).isEmpty());
        const QString message = FieldLimits::problem(field, QString(max + 1, u'Ж'));
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QString::number(max)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(max + 1)), qPrintable(message));
        const QString pasted = FieldLimits::problem(field, QString(5000, u'a'));
        QVERIFY2(pasted.contains(QLocale().toString(5000)), qPrintable(pasted));
        QVERIFY(!pasted.contains(QLatin1String("R-"))); // never a rule id to a clerk
        // A field without a limit has no length problem.
        QVERIFY(
            FieldLimits::problem(QStringLiteral("immigrant.sex"), QString(5000, u'a')).isEmpty());
    }

    void storeErrorsNameTheirField_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("field");
        QTest::newRow("sqlite") << QStringLiteral(
                                       "CHECK constraint failed: immigrants_surname_lat_length")
                                << QStringLiteral("immigrant.surnameLat");
        QTest::newRow("postgresql")
            << QStringLiteral("ERROR:  new row for relation \"immigrants\" violates check "
                              "constraint \"immigrants_phone_length\"")
            << QStringLiteral("immigrant.phone");
        QTest::newRow("longer name with the same ending")
            << QStringLiteral("CHECK constraint failed: immigrants_home_phone_length")
            << QStringLiteral("immigrant.homePhone");
        QTest::newRow("another constraint")
            << QStringLiteral("CHECK constraint failed: length(iin) = 12") << QString();
    }
    void storeErrorsNameTheirField()
    {
        QFETCH(QString, error);
        QFETCH(QString, field);
        const FieldLimit *l = FieldLimits::fromConstraintError(error);
        QCOMPARE(l ? l->field : QString(), field);
        if (l)
            QVERIFY(FieldLimits::namedProblem(*l, 0).contains(l->labelText()));
    }
};

QTEST_GUILESS_MAIN(TestFieldLimits)
#include "tst_fieldlimits.moc"
