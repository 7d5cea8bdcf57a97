// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store secured by `ruqsatctl init` as the superuser, for the tests that
// connect as each user's own role: its first administrator, a clerk made
// through the window's code and a head made through the command line, and
// cases in several districts. Roles are cluster-wide, so every login carries
// this run's tag.
#include "TestStores.h"
#include "store/Database.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace ruqsat::test {

inline const QString kServerPassword = QStringLiteral("Server-check-2026");

// What a ruqsatctl command printed and returned.
struct Run
{
    int code = 0;
    QString out, err;
};
Run ctl(QStringList args);

// A plain connection as `login`: libpq through Qt's driver, no Ruqsat code.
class PlainSession
{
public:
    PlainSession(const store::ConnectionString &where, const QString &login,
                 const QString &password);
    ~PlainSession();
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // True when the statement ran; its error text in *why otherwise.
    bool run(const QString &sql, QString *why = nullptr) const;
    QVariant value(const QString &sql) const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The base of such a test: setUpServer() in initTestCase (it fails the test
// with QVERIFY), tearDownServer() in cleanupTestCase.
class SecuredServerTest : public QObject
{
protected:
    void setUpServer();
    void tearDownServer();
    QString login(const QString &name) const { return name + u'.' + m_tag; }
    // The store as the user `name` (a login made by setUpServer()).
    store::ConnectionString as(const QString &name) const;
    int count(const QString &sql) const;

    std::unique_ptr<test::ScratchStore> m_scratch;
    store::ConnectionString m_superuser;
    std::unique_ptr<store::Database> m_super;
    QString m_tag;
    // A: the district with the most permits in force; B: another with cases.
    int m_districtA = 0, m_districtB = 0;
};

} // namespace ruqsat::test
