// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <QTest>

using ruqsat::store::splitSqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsOnSemicolons()
    {
        const auto s = splitSqlScript(QStringLiteral("CREATE TABLE a (x int);\n-- a comment; with a semicolon\nINSERT INTO a VALUES (1);"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(1), QStringLiteral("INSERT INTO a VALUES (1)"));
    }
    void keepsQuotedSemicolons()
    {
        const auto s = splitSqlScript(QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT \"x;y\" FROM t"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"));
    }
    void keepsSqliteTriggerBodies()
    {
        const auto s = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT CASE WHEN 1 THEN RAISE(ABORT, 'x') END; SELECT 2; END;\nSELECT 3;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).endsWith(QLatin1String("END")));
        QCOMPARE(s.at(1), QStringLiteral("SELECT 3"));
    }
    void keepsDollarQuotedBodies()
    {
        const auto s = splitSqlScript(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'x'; END; $$ LANGUAGE plpgsql;\nBEGIN;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).contains(QLatin1String("RAISE EXCEPTION 'x'; END; $$")));
        QCOMPARE(s.at(1), QStringLiteral("BEGIN"));
    }
    void readsHeader()
    {
        QCOMPARE(ruqsat::store::sqlScriptHeader(QStringLiteral("-- x\n-- ruqsat:min_compatible 3\nSELECT 1;"),
                                                QStringLiteral("min_compatible")),
                 QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
