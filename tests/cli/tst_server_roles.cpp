// SPDX-License-Identifier: GPL-3.0-or-later
// The akimat's server enforces the roles itself (schema 11, docs/SERVER.md):
// a store secured by `ruqsatctl init` as the superuser, users made through
// the window's code and the command line, and then plain SQL connections as
// each user's own role with its password, not through Ruqsat, trying what
// the role must not do. Roles are cluster-wide, so every login here carries
// this run's tag.
#include "SecuredServer.h"
#include "cases/Administration.h"
#include "cases/PermitActions.h"
#include "complaints/ComplaintActions.h"
#include "store/AuditLog.h"
#include "store/ComplaintRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "users/ServerLogin.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::test;
using records::Role;

class TestServerRoles : public SecuredServerTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpServer(); }
    void cleanupTestCase() { tearDownServer(); }

    // The users of the window and of the command line are the same roles.
    void windowAndCommandLineUsersAreTheSameRoles()
    {
        for (const QString &name : {QStringLiteral("clerk"), QStringLiteral("head")}) {
            const auto user = store::UserRepository(*m_super).findByLogin(login(name));
            QVERIFY2(user, qPrintable(name));
            QCOMPARE(user->districtIds, QList<int>{m_districtA});
            QVERIFY(store::Query(*m_super, QStringLiteral("SELECT pg_has_role(:r, :g, 'MEMBER')"))
                        .bind(QStringLiteral(":r"), login(name))
                        .bind(QStringLiteral(":g"), QString(QLatin1String("ruqsat_") + name))
                        .scalar()
                        .toBool());
        }
        // The password is the server's: no hash is kept in the store.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")), 0);
        const Run list = ctl({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
                              as(QStringLiteral("admin")).toString()});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(login(QStringLiteral("clerk"))));
        QVERIFY(list.out.contains(login(QStringLiteral("head"))));
        // The address's TLS options reach libpq: this test server has no
        // TLS, so a desk that requires it is refused.
        store::ConnectionString tls = as(QStringLiteral("clerk"));
        tls.tls = {{QStringLiteral("sslmode"), QStringLiteral("require")}};
        try {
            store::Database::open(tls);
            QFAIL("a server without TLS was accepted under sslmode=require");
        } catch (const store::StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("SSL")), qPrintable(e.message()));
        }
        // A wrong password does not connect.
        QVERIFY(!PlainSession(m_superuser, login(QStringLiteral("clerk")), QStringLiteral("wrong-password")).isOpen());
    }

    // The window's login on a secured server: the connection is the login.
    void theConnectionIsTheLogin()
    {
        const auto clerkDb = store::Database::open(as(QStringLiteral("clerk")));
        QVERIFY(clerkDb->usersAreRoles());
        QString problem;
        const auto session = users::serverSession(*clerkDb, &problem);
        QVERIFY2(session, qPrintable(problem));
        QCOMPARE(session->login, login(QStringLiteral("clerk")));
        QCOMPARE(session->role, Role::Clerk);
        QCOMPARE(session->districtIds, QList<int>{m_districtA});
        // The command line's --user must be the connected role.
        qputenv("RUQSAT_PASSWORD", kServerPassword.toUtf8());
        const Run wrong = ctl({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"),
                               login(QStringLiteral("nobody")), QStringLiteral("--db"),
                               as(QStringLiteral("clerk")).toString()});
        QVERIFY(wrong.code != 0);
        QVERIFY2(wrong.err.contains(QLatin1String("authentication failed")), qPrintable(wrong.err));
        const Run right = ctl({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"),
                               login(QStringLiteral("clerk")), QStringLiteral("--db"),
                               as(QStringLiteral("admin")).toString()});
        QVERIFY2(right.code == 0, qPrintable(right.err));
    }

    void clerkSeesAndWritesOnlyTheirDistrict()
    {
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY2(clerk.isOpen(), qPrintable(clerk.error()));
        const int mine = count(QStringLiteral("SELECT count(*) FROM applications WHERE district_id = %1").arg(m_districtA));
        QVERIFY(mine > 0);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM applications")).toInt(), mine);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM applications WHERE district_id = %1").arg(m_districtB)).toInt(), 0);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM permits WHERE district_id = %1").arg(m_districtB)).toInt(), 0);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM checklist_items c JOIN applications a ON a.id = c.application_id "
                                            "WHERE a.district_id = %1").arg(m_districtB)).toInt(), 0);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE district_id = %1").arg(m_districtB)).toInt(), 0);
        // Nor update, delete or insert there.
        const QString before = store::Query(*m_super, QStringLiteral("SELECT string_agg(work_address, '|' ORDER BY id) "
                                                                     "FROM applications WHERE district_id = %1").arg(m_districtB))
                                   .scalar()
                                   .toString();
        QVERIFY(clerk.run(QStringLiteral("UPDATE applications SET work_address = 'moved' WHERE district_id = %1").arg(m_districtB)));
        const QString casesOfB = store::Query(*m_super, QStringLiteral("SELECT string_agg(quote_literal(id::text), ',') "
                                                                       "FROM applications WHERE district_id = %1").arg(m_districtB))
                                     .scalar()
                                     .toString();
        QVERIFY(clerk.run(QStringLiteral("DELETE FROM checklist_items WHERE application_id::text IN (%1)").arg(casesOfB)));
        QCOMPARE(store::Query(*m_super, QStringLiteral("SELECT string_agg(work_address, '|' ORDER BY id) "
                                                       "FROM applications WHERE district_id = %1").arg(m_districtB))
                     .scalar()
                     .toString(),
                 before);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM checklist_items c JOIN applications a ON a.id = c.application_id "
                                     "WHERE a.district_id = %1").arg(m_districtB)) > 0);
        QString why;
        QVERIFY(!clerk.run(QStringLiteral("INSERT INTO applications (id, kind, channel, district_id, immigrant_id, employer_id, "
                                          "received_at, requested_months, work_address, status, created_at, updated_at) "
                                          "SELECT gen_random_uuid(), 'issue', 'egov', %1, immigrant_id, employer_id, now(), 6, "
                                          "'x', 'submitted', now(), now() FROM applications LIMIT 1").arg(m_districtB), &why));
        QVERIFY2(why.contains(QLatin1String("row-level security")), qPrintable(why));
        // Moving one's own case into another district is refused too.
        QVERIFY(!clerk.run(QStringLiteral("UPDATE applications SET district_id = %1").arg(m_districtB), &why));
        QVERIFY2(why.contains(QLatin1String("row-level security")), qPrintable(why));
    }

    // init runs again after an upgrade (docs/SERVER.md): the administrator
    // who exists is kept, the store is migrated and LIKE marked again.
    void initRunsAgainOnASecuredStore()
    {
        store::execute(*m_super, QStringLiteral("ALTER FUNCTION pg_catalog.textlike(text, text) NOT LEAKPROOF"));
        const Run again = ctl({QStringLiteral("init"), QStringLiteral("--db"), m_superuser.toString(),
                               QStringLiteral("--admin"), login(QStringLiteral("admin"))});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("exists already")), qPrintable(again.out));
        QVERIFY(store::Query(*m_super, QStringLiteral("SELECT proleakproof FROM pg_proc WHERE proname = 'textlike'"))
                    .scalar()
                    .toBool());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE login = '%1'").arg(login(QStringLiteral("admin")))),
                 1);
    }

    // R-REVOKE-POLICE: the clerk sends Appendix 9 and records the day, on a
    // revocation of their district only, and that one column only.
    void R_REVOKE_POLICE_clerkRecordsTheNoticeOfTheirDistrictOnly()
    {
        const auto permitWhere = [this](const QString &district) {
            return store::Query(*m_super, QStringLiteral("SELECT id FROM permits WHERE district_id %1 AND "
                                                         "status = 'in_force' ORDER BY id LIMIT 1").arg(district))
                .scalar()
                .toString();
        };
        const QString mine = permitWhere(QStringLiteral("= %1").arg(m_districtA));
        const QString theirs = permitWhere(QStringLiteral("<> %1").arg(m_districtA));
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
        const cases::PermitActions super(*m_super, {QString(), QStringLiteral("postgres"), records::Role::Admin, {}});
        const QDate today = QDate::currentDate();
        for (const QString &id : {mine, theirs})
            super.revoke(id, QStringLiteral("Labour inspection"), QStringLiteral("9"),
                         std::max(today.addDays(-1), store::PermitRepository(*m_super).find(id)->validFrom), today);
        // Through the program, connected as the clerk's role.
        const auto clerkDb = store::Database::open(as(QStringLiteral("clerk")));
        const cases::PermitActions clerk(*clerkDb, {QString(), login(QStringLiteral("clerk")), records::Role::Clerk,
                                                    {m_districtA}});
        clerk.recordRevocationNotice(mine, today);
        QCOMPARE(store::PermitRepository(*m_super).revocation(mine)->policeNotifiedOn, today);
        // Their district's: the program refuses, and so does the server.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, clerk.recordRevocationNotice(theirs, today));
        const PlainSession plain(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY(plain.run(QStringLiteral("UPDATE revocations SET police_notified_on = current_date "
                                         "WHERE permit_id = '%1'").arg(theirs)));
        QVERIFY(!store::PermitRepository(*m_super).revocation(theirs)->policeNotifiedOn.isValid());
        // The rest of a revocation is the head's.
        QString why;
        QVERIFY(!plain.run(QStringLiteral("UPDATE revocations SET act_number = 'x' WHERE permit_id = '%1'").arg(mine),
                           &why));
        QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
    }

    // R-COMPLAINT-*: on the server, a clerk's own role registers and
    // forwards a complaint of their district, but granting or rejecting one
    // is the head's, and a resolution is final for every role.
    void R_COMPLAINT_serverLetsTheClerkForwardAndTheHeadDecide()
    {
        const QString permit =
            store::Query(*m_super, QStringLiteral("SELECT id FROM permits WHERE district_id = %1 "
                                                  "ORDER BY id LIMIT 1")
                                       .arg(m_districtA))
                .scalar()
                .toString();
        QVERIFY(!permit.isEmpty());
        const auto clerkDb = store::Database::open(as(QStringLiteral("clerk")));
        const cases::Session clerkSession{
            QString(), login(QStringLiteral("clerk")), Role::Clerk, {m_districtA}};
        const complaints::ComplaintActions clerk(*clerkDb, clerkSession);
        const auto complaintOn = [&](const QString &to) {
            records::Complaint c;
            c.permitId = permit;
            c.addressee = to;
            c.complainant = QStringLiteral("Karimov Rustam");
            c.registeredOn = QDate::currentDate();
            clerk.registerComplaint(c);
            return c.id;
        };
        const QString toProvider = complaintOn(complaints::kProvider);
        const QString toForward = complaintOn(complaints::kForward);
        const QString toProviderToo = complaintOn(complaints::kProvider);

        // Plain SQL as the clerk's role: granting is refused by the server.
        const PlainSession plain(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QString why;
        QVERIFY(!plain.run(
            QStringLiteral(
                "UPDATE complaints SET resolved_on = current_date, resolution = 'granted' "
                "WHERE id = '%1'")
                .arg(toProvider),
            &why));
        QVERIFY2(why.contains(QLatin1String("head")), qPrintable(why));
        QVERIFY(!plain.run(
            QStringLiteral(
                "UPDATE complaints SET resolved_on = current_date, resolution = 'rejected', "
                "outcome = 'no' WHERE id = '%1'")
                .arg(toProvider)));
        // Resolved without saying how: refused for every role.
        QVERIFY(!plain.run(
            QStringLiteral("UPDATE complaints SET resolved_on = current_date WHERE id = '%1'")
                .arg(toProvider)));
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT count(*) FROM complaints WHERE resolved_on IS NOT NULL AND id = '%1'")
                      .arg(toProvider)),
            0);
        // Through the program the clerk forwards; granting is refused before the server is asked.
        clerk.resolve(toForward, complaints::kForwarded, QDate::currentDate(),
                      QStringLiteral("Akimat of the region"));
        QCOMPARE(store::ComplaintRepository(*m_super).find(toForward)->resolution,
                 complaints::kForwarded);
        try {
            clerk.resolve(toProvider, complaints::kGranted, QDate::currentDate());
            QFAIL("a clerk granted a complaint");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
        }
        // The head's own role grants; the resolution is then final, even for the head.
        const auto headDb = store::Database::open(as(QStringLiteral("head")));
        const complaints::ComplaintActions head(
            *headDb, {QString(), login(QStringLiteral("head")), Role::Head, {m_districtA}});
        head.resolve(toProvider, complaints::kGranted, QDate::currentDate(), {},
                     QStringLiteral("answered"));
        QCOMPARE(store::ComplaintRepository(*m_super).find(toProvider)->resolution,
                 complaints::kGranted);
        const PlainSession headPlain(m_superuser, login(QStringLiteral("head")), kServerPassword);
        QVERIFY(!headPlain.run(
            QStringLiteral("UPDATE complaints SET resolution = 'rejected' WHERE id = '%1'")
                .arg(toProvider),
            &why));
        QVERIFY2(why.contains(QLatin1String("final")), qPrintable(why));
        QVERIFY(headPlain.run(
            QStringLiteral(
                "UPDATE complaints SET resolved_on = current_date, resolution = 'rejected', "
                "outcome = 'not within the Rules' WHERE id = '%1'")
                .arg(toProviderToo)));
        QCOMPARE(store::ComplaintRepository(*m_super).find(toProviderToo)->resolution,
                 complaints::kRejected);
    }

    void clerkCannotChangeQuotasSettingsRolesOrTheAudit()
    {
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY(clerk.isOpen());
        const QString quotas = store::Query(*m_super, QStringLiteral("SELECT string_agg(quota || '/' || issued || '/' || reserved, ',' "
                                                                     "ORDER BY id) FROM quotas"))
                                   .scalar()
                                   .toString();
        const int auditRows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        for (const QString &sql : {QStringLiteral("UPDATE quotas SET quota = quota + 1000"),
                                   QStringLiteral("UPDATE quotas SET issued = 0"),
                                   QStringLiteral("INSERT INTO settings (key, value) VALUES ('provider.lunch_start', '10:00')"),
                                   QStringLiteral("UPDATE settings SET value = 'x'"),
                                   QStringLiteral("UPDATE year_rates SET mci_kzt = 1"),
                                   QStringLiteral("DELETE FROM calendar_exceptions"),
                                   QStringLiteral("UPDATE users SET role = 'admin'"),
                                   QStringLiteral("INSERT INTO user_districts SELECT id, %1 FROM users").arg(m_districtB),
                                   QStringLiteral("SELECT ruqsat_user_set_role('%1', 'admin')").arg(login(QStringLiteral("clerk"))),
                                   QStringLiteral("GRANT ruqsat_admin TO \"%1\"").arg(login(QStringLiteral("clerk"))),
                                   QStringLiteral("UPDATE audit_log SET actor = 'nobody'"),
                                   QStringLiteral("DELETE FROM audit_log"),
                                   QStringLiteral("TRUNCATE audit_log"),
                                   QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) "
                                                  "VALUES (now(), 'x', 'x', 'x', 'x')"),
                                   QStringLiteral("INSERT INTO decisions (id, application_id, kind, decided_at) "
                                                  "SELECT gen_random_uuid(), id, 'issue', now() FROM applications LIMIT 1"),
                                   QStringLiteral("UPDATE permits SET status = 'revoked' WHERE status = 'in_force'")}) {
            QString why;
            QVERIFY2(!clerk.run(sql, &why), qPrintable(sql));
            QVERIFY2(why.contains(QLatin1String("permission denied")) || why.contains(QLatin1String("row-level security")) ||
                         why.contains(QLatin1String("admin option")),
                     qPrintable(sql + QLatin1String(": ") + why));
        }
        QCOMPARE(store::Query(*m_super, QStringLiteral("SELECT string_agg(quota || '/' || issued || '/' || reserved, ',' "
                                                       "ORDER BY id) FROM quotas"))
                     .scalar()
                     .toString(),
                 quotas);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")), 1);
    }

    void secretsAreReadByNoRole()
    {
        // A permit printed: the key exists now, made by the server's function.
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY(clerk.isOpen());
        QCOMPARE(clerk.value(QStringLiteral("SELECT length(ruqsat_qr_check_value('RQS1|T=P|N=1'))")).toInt(), 16);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'print.qr_key'")), 1);
        QCOMPARE(clerk.value(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'print.qr_key'")).toInt(), 0);
        QVERIFY(!clerk.run(QStringLiteral("SELECT password_hash FROM users")));
        const PlainSession admin(m_superuser, login(QStringLiteral("admin")), kServerPassword);
        QVERIFY(admin.isOpen());
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'print.qr_key'")).toInt(), 0);
        QVERIFY(!admin.run(QStringLiteral("SELECT password_salt FROM users")));
    }

    void headCannotAdminister()
    {
        const PlainSession head(m_superuser, login(QStringLiteral("head")), kServerPassword);
        QVERIFY(head.isOpen());
        for (const QString &sql : {QStringLiteral("SELECT ruqsat_user_add(gen_random_uuid(), 'intruder.%1', 'SCRAM-SHA-256$x', "
                                                  "'admin', 'x', '', '{}')").arg(m_tag),
                                   QStringLiteral("SELECT ruqsat_user_set_active('%1', false)").arg(login(QStringLiteral("admin"))),
                                   QStringLiteral("UPDATE quotas SET quota = quota + 1"),
                                   QStringLiteral("INSERT INTO settings (key, value) VALUES ('provider.lunch_start', '10:00')"),
                                   QStringLiteral("INSERT INTO calendar_exceptions (day, kind) VALUES ('2026-05-05', 'holiday')"),
                                   QStringLiteral("DELETE FROM audit_log")}) {
            QString why;
            QVERIFY2(!head.run(sql, &why), qPrintable(sql));
            QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(sql + QLatin1String(": ") + why));
        }
        // The program's own check says so first, in the clerk's words.
        const Run add = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x.") + m_tag,
                             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--district"),
                             QString::number(m_districtA), QStringLiteral("--db"), as(QStringLiteral("head")).toString()});
        QVERIFY(add.code != 0);
        QVERIFY2(add.err.contains(QLatin1String("administrator")), qPrintable(add.err));
    }

    // R-QUOTA on the server: the places a quota has given are counted from
    // its permits in force, which no role writes, and a permit past the
    // quota is refused by the quota's CHECK.
    void R_QUOTA_serverCountsPlacesFromThePermits()
    {
        const QString quotaId = store::Query(*m_super, QStringLiteral("SELECT quota_id FROM permits WHERE district_id = %1 "
                                                                      "AND status = 'in_force' LIMIT 1").arg(m_districtA))
                                    .scalar()
                                    .toString();
        QVERIFY(!quotaId.isEmpty());
        const QString inForce = QStringLiteral("SELECT count(*) FROM permits WHERE quota_id = '%1' AND status = 'in_force'").arg(quotaId);
        const QString issued = QStringLiteral("SELECT issued FROM quotas WHERE id = '%1'").arg(quotaId);
        QCOMPARE(count(issued), count(inForce));
        const PlainSession head(m_superuser, login(QStringLiteral("head")), kServerPassword);
        QVERIFY(head.isOpen());
        // Terminating a permit gives its place back...
        const QString permit = store::Query(*m_super, QStringLiteral("SELECT id FROM permits WHERE quota_id = '%1' AND "
                                                                     "district_id = %2 AND status = 'in_force' LIMIT 1")
                                                          .arg(quotaId)
                                                          .arg(m_districtA))
                                   .scalar()
                                   .toString();
        const int before = count(issued);
        QVERIFY(head.run(QStringLiteral("UPDATE permits SET status = 'terminated' WHERE id = '%1'").arg(permit)));
        QCOMPARE(count(issued), before - 1);
        // ...and taking it again counts it; a quota that is full refuses the next.
        QVERIFY(head.run(QStringLiteral("UPDATE permits SET status = 'in_force' WHERE id = '%1'").arg(permit)));
        QCOMPARE(count(issued), before);
        store::Query fill(*m_super, QStringLiteral("UPDATE quotas SET quota = issued + reserved WHERE id = '%1'").arg(quotaId));
        fill.exec();
        QCOMPARE(fill.rowsAffected(), 1);
        QString why;
        QVERIFY(!head.run(QStringLiteral("INSERT INTO permits (id, number, application_id, immigrant_id, employer_id, "
                                         "region_id, district_id, quota_id, chain_start, valid_from, valid_to, status, "
                                         "issued_at) SELECT gen_random_uuid(), 'X-' || number, application_id, "
                                         "immigrant_id, employer_id, region_id, district_id, quota_id, chain_start, "
                                         "valid_from, valid_to, 'in_force', now() FROM permits WHERE id = '%1'")
                              .arg(permit),
                          &why));
        QVERIFY2(why.contains(QLatin1String("quotas")), qPrintable(why));
        QCOMPARE(count(issued), before);
    }

    // R-QUOTA: the Quotas tab's line of a quota's use counts its whole
    // region for a clerk too, whose row policies hide the permits of other
    // districts (schema 17); the clerk still reads no such permit.
    void R_QUOTA_clerkSeesTheRegionsMonthlyUse()
    {
        const QString quotaId =
            store::Query(*m_super, QStringLiteral("SELECT quota_id FROM permits WHERE district_id <> %1 AND "
                                                  "extends_permit_id IS NULL LIMIT 1").arg(m_districtA))
                .scalar()
                .toString();
        QVERIFY(!quotaId.isEmpty());
        const int year = count(QStringLiteral("SELECT year FROM quotas WHERE id = '%1'").arg(quotaId));
        const QString newPermits =
            QStringLiteral("SELECT count(*) FROM permits WHERE quota_id = '%1' AND extends_permit_id IS NULL").arg(quotaId);
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY(clerk.isOpen());
        QVERIFY(clerk.value(newPermits).toInt() < count(newPermits));
        const QList<int> all = store::QuotaRepository(*m_super).issuedByMonth(quotaId, year);
        QCOMPARE(all.size(), 12);
        QCOMPARE(all.last(), count(newPermits));
        const auto asClerk = store::Database::open(as(QStringLiteral("clerk")));
        QCOMPARE(store::QuotaRepository(*asClerk).issuedByMonth(quotaId, year), all);
    }

    void deactivatedUserCannotConnectAndLosesTheirSession()
    {
        store::User extra{QString(), login(QStringLiteral("leaving")), QStringLiteral("Leaving"), QString(), Role::Clerk, 0, true,
                          {m_districtA}};
        const auto admin = store::UserRepository(*m_super).findByLogin(login(QStringLiteral("admin")));
        const auto adminDb = store::Database::open(as(QStringLiteral("admin")));
        const cases::Administration asAdmin(*adminDb, {admin->id, admin->login, Role::Admin, admin->districtIds});
        asAdmin.createUser(extra, kServerPassword);
        const PlainSession open(m_superuser, extra.login, kServerPassword);
        QVERIFY2(open.isOpen(), qPrintable(open.error()));
        QCOMPARE(open.value(QStringLiteral("SELECT 1")).toInt(), 1);
        asAdmin.setActive(extra.id, false);
        QVERIFY(!open.value(QStringLiteral("SELECT 1")).isValid()); // the session was ended
        const PlainSession again(m_superuser, extra.login, kServerPassword);
        QVERIFY(!again.isOpen());
        QVERIFY2(again.error().contains(QLatin1String("not permitted to log in")), qPrintable(again.error()));
        // Audited with the before and after, by the administrator's login.
        const auto rows = store::AuditLog(*m_super).forEntity(QStringLiteral("user"), extra.id);
        QCOMPARE(rows.last().action, QStringLiteral("deactivate"));
        QCOMPARE(rows.last().actor, login(QStringLiteral("admin")));
        QVERIFY(store::AuditLog(*m_super).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
