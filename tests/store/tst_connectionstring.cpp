// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConnectionString.h"

#include <QTest>

using ruqsat::store::ConnectionString;

class TestConnectionString : public QObject
{
    Q_OBJECT
private slots:
    void sqlitePath()
    {
        const auto cs = ConnectionString::parse(QStringLiteral("sqlite:/tmp/x/ruqsat.db"));
        QVERIFY(cs);
        QVERIFY(cs->isSqlite());
        QCOMPARE(cs->path, QStringLiteral("/tmp/x/ruqsat.db"));
        QCOMPARE(cs->toString(), QStringLiteral("sqlite:/tmp/x/ruqsat.db"));
    }
    void postgresUrl()
    {
        const auto cs = ConnectionString::parse(QStringLiteral("postgresql://clerk@db.akimat.local:6543/ruqsat"));
        QVERIFY(cs);
        QVERIFY(!cs->isSqlite());
        QCOMPARE(cs->user, QStringLiteral("clerk"));
        QCOMPARE(cs->host, QStringLiteral("db.akimat.local"));
        QCOMPARE(cs->port, 6543);
        QCOMPARE(cs->database, QStringLiteral("ruqsat"));
        QCOMPARE(ConnectionString::parse(QStringLiteral("postgresql://u@h/d"))->port, 5432);
    }
    // TLS to the akimat's server (docs/SERVER.md): libpq's sslmode and
    // sslrootcert ride on the address and come back in its printed form.
    void tlsOptions()
    {
        const QString text = QStringLiteral("postgresql://dana@db.akimat.kz:5432/akimat?sslmode=verify-full"
                                            "&sslrootcert=/etc/ssl/akimat-ca.crt");
        const auto cs = ConnectionString::parse(text);
        QVERIFY(cs);
        QCOMPARE(cs->database, QStringLiteral("akimat"));
        QCOMPARE(cs->tls.size(), 2);
        QCOMPARE(cs->tls.at(0), qMakePair(QStringLiteral("sslmode"), QStringLiteral("verify-full")));
        QCOMPARE(cs->tls.at(1).second, QStringLiteral("/etc/ssl/akimat-ca.crt"));
        QCOMPARE(cs->toString(), text);
        QString error;
        QVERIFY(!ConnectionString::parse(QStringLiteral("postgresql://u@h/d?password=x"), &error));
        QVERIFY(error.contains(QLatin1String("sslmode")));
        QVERIFY(!ConnectionString::parse(QStringLiteral("postgresql://u@h/d?sslmode=require;user=postgres"), &error));
    }
    void refusesPasswordInUrl()
    {
        QString error;
        QVERIFY(!ConnectionString::parse(QStringLiteral("postgresql://u:secret@h/d"), &error));
        QVERIFY(error.contains(QLatin1String("PGPASSWORD")));
    }
    void refusesUnknownAndIncomplete()
    {
        QString error;
        QVERIFY(!ConnectionString::parse(QStringLiteral("mysql://u@h/d"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ConnectionString::parse(QStringLiteral("postgresql://h/d"), &error));
        QVERIFY(!ConnectionString::parse(QStringLiteral("sqlite:"), &error));
    }
    void defaultStoreInDataFolder()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Ruqsat"));
        QCoreApplication::setApplicationName(QStringLiteral("ruqsat"));
        const auto cs = ConnectionString::defaultStore();
        QVERIFY(cs.isSqlite());
        QVERIFY(cs.path.endsWith(QLatin1String("ruqsat.db")));
        QVERIFY(cs.path.contains(QLatin1String("ruqsat")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connectionstring.moc"
