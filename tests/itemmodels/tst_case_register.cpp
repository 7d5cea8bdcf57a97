// SPDX-License-Identifier: GPL-3.0-or-later
// The case register: keyset and offset paging in every sort order, the
// search box and the filters, on both backends; and its item model.
#include "CaseFactory.h"
#include "ModelSupport.h"
#include "TestStores.h"
#include "itemmodels/CaseRegisterModel.h"
#include "store/CalendarRepository.h"
#include "store/CaseRegisterRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/Query.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ruqsat;
using store::RegisterColumn;
using store::RegisterFilter;
using store::RegisterSort;

namespace {

const QDate kToday(2026, 11, 24);

// A store of demo people, written with the real rules.
void fill(const store::Database &db, int people)
{
    test::CaseFactory(db).writeDemoPeople(people, 11, kToday);
}

QString orderSql(RegisterColumn c)
{
    switch (c) {
    case RegisterColumn::Received:
        return QStringLiteral("received_at");
    case RegisterColumn::DecisionDue:
        return QStringLiteral("COALESCE(decision_due_on, '9999-12-31')");
    case RegisterColumn::RegistryNumber:
        return QStringLiteral("COALESCE(registry_number, '')");
    case RegisterColumn::Immigrant:
        return QStringLiteral("immigrant_sort");
    case RegisterColumn::Status:
        return QStringLiteral("status");
    }
    return {};
}

QStringList ids(const QList<store::RegisterRow> &rows)
{
    QStringList list;
    for (const auto &r : rows)
        list << r.id;
    return list;
}

QStringList expectedOrder(const store::Database &db, RegisterColumn c, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    store::Query q(db, QLatin1String("SELECT id FROM applications ORDER BY ") + orderSql(c) + dir +
                           QLatin1String(", id") + dir);
    q.exec();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace

class TestCaseRegister : public QObject
{
    Q_OBJECT
private slots:
    void pagingMatchesOrder_data() { test::addBackendRows(); }
    void pagingMatchesOrder()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db, 400);
        store::CaseRegisterRepository reg(*db);
        const RegisterFilter all;
        const qint64 total = reg.count(all);
        QVERIFY(total > 400);
        for (RegisterColumn c : {RegisterColumn::Received, RegisterColumn::DecisionDue, RegisterColumn::RegistryNumber,
                                 RegisterColumn::Immigrant, RegisterColumn::Status}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const RegisterSort sort{c, order};
                const QStringList expected = expectedOrder(*db, c, order);
                // Forward by keyset, page by page.
                QStringList seen;
                auto page = reg.firstPage(all, sort, 37);
                while (!page.isEmpty()) {
                    seen << ids(page);
                    page = reg.pageAfter(all, sort, page.last(), 37);
                }
                QCOMPARE(seen, expected);
                // Backwards from the middle gives the rows just before it.
                const auto middle = reg.pageAt(all, sort, 200, 10);
                QCOMPARE(ids(middle), expected.mid(200, 10));
                QCOMPARE(ids(reg.pageBefore(all, sort, middle.first(), 25)), expected.mid(175, 25));
            }
        }
    }

    // Searches shared by thousands of people: the page is read by walking
    // the sort order (PersonSearch), testing each case against a list of the
    // matching people or looking its people up, whichever costs less for so
    // many; the rows and their order must be exactly those of the plain
    // query, and both walks must be seen, for name prefixes and for words
    // found anywhere in the immigrant's or the employer's search text.
    void commonSearchesPageInOrder_data() { test::addBackendRows(); }
    void commonSearchesPageInOrder()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db, 14000); // the most common initials are shared by 2,000 to 3,000 people
        // A quarter of the people share a surname prefix: enough, at this
        // size, for the walk that looks people up.
        store::execute(*db, QStringLiteral("UPDATE immigrants SET surname_lat_key = 'zz' || surname_lat_key "
                                           "WHERE substr(CAST(id AS TEXT), 36, 1) IN ('0', '4', '8', 'c')"));
        // A word in the search text of a quarter of the immigrants and of
        // another quarter of the employers (the triggers keep SQLite's FTS
        // table in step), and one of a tenth of the employers only.
        store::execute(*db, QStringLiteral("UPDATE immigrants SET search_text = search_text || ' bdfgm' "
                                           "WHERE substr(CAST(id AS TEXT), 36, 1) IN ('1', '5', '9', 'd')"));
        store::execute(*db, QStringLiteral("UPDATE employers SET search_text = search_text || ' bdfgm' "
                                           "WHERE substr(CAST(id AS TEXT), 36, 1) IN ('2', '6', 'a', 'e')"));
        store::execute(*db, QStringLiteral("UPDATE employers SET search_text = search_text || ' tvprl' "
                                           "WHERE substr(CAST(id AS TEXT), 35, 2) < '1a'"));
        if (!scratch.isSqlite()) // the row estimate the plan is weighed with, as autovacuum keeps it
            store::execute(*db, QStringLiteral("ANALYZE applications"));
        const QString prefixPeople = QStringLiteral(
            "immigrant_id IN (SELECT id FROM immigrants WHERE substr(surname_lat_key, 1, length(:p)) = :p "
            "OR substr(surname_cyr_key, 1, length(:p)) = :p OR substr(given_names_lat_key, 1, length(:p)) = :p "
            "OR substr(given_names_cyr_key, 1, length(:p)) = :p)");
        const QString textPeople = QStringLiteral(
            "(immigrant_id IN (SELECT id FROM immigrants WHERE search_text LIKE '%' || :p || '%') "
            "OR employer_id IN (SELECT id FROM employers WHERE search_text LIKE '%' || :p || '%'))");
        store::CaseRegisterRepository reg(*db);
        const RegisterSort sort{RegisterColumn::Received, Qt::DescendingOrder};
        QSet<QString> plans;
        int searches = 0;
        QStringList terms{QStringLiteral("zz"), QStringLiteral("bdfgm"), QStringLiteral("tvprl")};
        for (char16_t c = u'a'; c <= u'z'; ++c)
            terms << QString(QChar{c});
        for (const QString &term : terms) {
            const QString people = term.size() >= 3 ? textPeople : prefixPeople;
            const int matchingCases =
                store::Query(*db, QLatin1String("SELECT count(*) FROM applications WHERE ") + people)
                    .bind(QStringLiteral(":p"), term)
                    .scalar()
                    .toInt();
            if (matchingCases < 2000)
                continue;
            ++searches;
            RegisterFilter f;
            f.search = term;
            const QString sql = reg.debugSql(f, sort, 100, 0);
            if (sql.contains(QLatin1String("a.immigrant_text")))
                plans << QStringLiteral("case text");
            else if (sql.contains(QLatin1String("a.immigrant_id IN (")) && !sql.contains(QLatin1String("a.id IN (")))
                plans << QStringLiteral("list");
            else if (sql.contains(QLatin1String("EXISTS (SELECT 1 FROM immigrants WHERE immigrants.id = a.immigrant_id")))
                plans << QStringLiteral("lookup");
            else
                plans << QStringLiteral("by person");
            store::Query q(*db, QLatin1String("SELECT id FROM applications WHERE ") + people +
                                    QLatin1String(" ORDER BY received_at DESC, id DESC"));
            q.bind(QStringLiteral(":p"), term).exec();
            QStringList expected;
            while (q.next())
                expected << q.value(0).toString();
            QCOMPARE(reg.count(f), qint64(expected.size()));
            QStringList seen;
            auto page = reg.firstPage(f, sort, 100);
            while (!page.isEmpty()) {
                seen << ids(page);
                page = reg.pageAfter(f, sort, page.last(), 100);
            }
            QVERIFY2(seen == expected, qPrintable(term));
            QCOMPARE(ids(reg.pageAt(f, sort, 500, 20)), expected.mid(500, 20));
            QCOMPARE(ids(reg.pageBefore(f, sort, reg.pageAt(f, sort, 500, 1).first(), 30)), expected.mid(470, 30));
        }
        QVERIFY2(searches >= 4, qPrintable(QString::number(searches)));
        if (scratch.isSqlite()) {
            QCOMPARE(plans, (QSet<QString>{QStringLiteral("list"), QStringLiteral("lookup")}));
        } else {
            // A server's text searches test the cases' own copies of their
            // people's text (schema 24); prefixes still walk.
            QVERIFY(plans.remove(QStringLiteral("case text")));
            QVERIFY(!plans.isEmpty());
            QVERIFY(plans.contains(QStringLiteral("list")) || plans.contains(QStringLiteral("lookup")));
            QVERIFY(!plans.contains(QStringLiteral("by person")));
        }
    }

    // A shared server made with a Russian collation (ICU) still finds people
    // by prefix: the searched keys compare in code point order. The prefix
    // range ends on the last letter raised by one, which only a prefix ending
    // in z, я or 9 ('{', 'ѐ', ':') tells apart from a collation's order.
    void searchUnderRussianCollation()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"),
                                   QStringLiteral("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'ru-RU' "
                                                  "LOCALE 'C.UTF-8'"));
        const auto db = scratch.open();
        // In code point order 'nazarov' < 'na{'; not in this collation.
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT 'nazarov' < 'na{'")).scalar().toBool(), false);
        const records::Application app = test::CaseFactory(*db).acceptedCase();
        store::ImmigrantRepository people(*db);
        records::Immigrant person = *people.find(app.immigrantId);
        person.surnameLat = QStringLiteral("NAZAROV");
        person.surnameCyr = QStringLiteral("Яхяев");
        person.passportNumber = QStringLiteral("FA9123456");
        people.update(person, QStringLiteral("test"));
        store::CaseRegisterRepository reg(*db);
        for (const QString &prefix : {QStringLiteral("naz"), QStringLiteral("яхя"), QStringLiteral("fa9")}) {
            RegisterFilter f;
            f.search = prefix;
            QVERIFY2(reg.count(f) == 1, qPrintable(prefix));
            QCOMPARE(ids(reg.firstPage(f, {}, 10)), QStringList{app.id});
        }
    }

    void searchBox_data() { test::addBackendRows(); }
    void searchBox()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db, 300);
        store::CaseRegisterRepository reg(*db);
        auto found = [&](const QString &term) {
            RegisterFilter f;
            f.search = term;
            return reg.firstPage(f, {}, 1000);
        };
        auto one = [&](const QString &sql) { return store::Query(*db, sql).scalar().toString(); };
        // A registry number finds its case.
        const QString registry = one(QStringLiteral("SELECT registry_number FROM applications WHERE registry_number IS NOT NULL ORDER BY id LIMIT 1"));
        QCOMPARE(found(registry).size(), 1);
        QCOMPARE(found(registry).first().registryNumber, registry);
        // A permit number finds the case it was issued on.
        const QString permit = one(QStringLiteral("SELECT number FROM permits ORDER BY id LIMIT 1"));
        const QString permitCase = one(QStringLiteral("SELECT application_id FROM permits ORDER BY id LIMIT 1"));
        QCOMPARE(ids(found(permit)), QStringList{permitCase});
        // An immigrant's IIN finds all their cases.
        const QString iin = one(QStringLiteral("SELECT iin FROM immigrants WHERE iin IS NOT NULL ORDER BY id LIMIT 1"));
        const qint64 byIin = store::Query(*db, QStringLiteral("SELECT count(*) FROM applications a JOIN immigrants i ON i.id = a.immigrant_id WHERE i.iin = '%1'").arg(iin)).scalar().toLongLong();
        QVERIFY(byIin >= 1);
        QCOMPARE(found(iin).size(), byIin);
        // An employer's IIN too.
        const QString employerIin = one(QStringLiteral("SELECT iin FROM employers ORDER BY id LIMIT 1"));
        QVERIFY(!found(employerIin).isEmpty());
        // A passport number, or its start, in any case.
        const QString passport = one(QStringLiteral("SELECT passport_number FROM immigrants WHERE passport_series = 'FA' ORDER BY id LIMIT 1"));
        QVERIFY(!found(passport.toLower()).isEmpty());
        QVERIFY(found(passport.left(6)).size() >= found(passport).size());
        // A surname prefix in Cyrillic, lower case, finds the capitalised
        // name, Kazakh letters included; in Latin the same.
        const QString cyr = one(QStringLiteral("SELECT surname_cyr FROM immigrants ORDER BY id LIMIT 1"));
        const auto byCyr = found(cyr.left(4).toLower());
        QVERIFY(!byCyr.isEmpty());
        for (const auto &r : byCyr)
            QVERIFY2(r.immigrantCyrillic.toLower().contains(cyr.left(4).toLower()), qPrintable(r.immigrantCyrillic));
        const QString lat = one(QStringLiteral("SELECT surname_lat FROM immigrants ORDER BY id LIMIT 1"));
        QCOMPARE(found(lat.left(3).toLower()).size(), found(lat.left(3)).size());
        // Surname and the start of a given name narrow it.
        const QString given = one(QStringLiteral("SELECT given_names_lat FROM immigrants ORDER BY id LIMIT 1"));
        const auto both = found(lat + u' ' + given.left(2));
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() <= found(lat).size());
        for (const auto &r : both)
            QVERIFY(r.immigrantLatin.startsWith(lat + u' ' + given.left(2), Qt::CaseInsensitive));
        QVERIFY(found(QStringLiteral("Жжжжжжж")).isEmpty());
        // The count agrees with the rows.
        RegisterFilter f;
        f.search = lat.left(2);
        QCOMPARE(reg.count(f), qint64(reg.firstPage(f, {}, 100000).size()));
    }

    // The search box finds what clerks type (issue #13): any three letters
    // of the immigrant's or the employer's name in either script and any
    // usual spelling, words in any order, any four characters of a passport
    // number; and the count agrees with the rows.
    void searchFindsWhatClerksType_data() { test::addBackendRows(); }
    void searchFindsWhatClerksType()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        auto makeCase = [&](const char *lat, const char *given, const char *cyr, const char *passport,
                            const char *employerSurname, const char *employerGiven) {
            return factory
                .namedCase(QString::fromUtf8(lat), QString::fromUtf8(given), QString::fromUtf8(cyr),
                           QString::fromUtf8(passport), QString::fromUtf8(employerSurname),
                           QString::fromUtf8(employerGiven))
                .id;
        };
        const QString a = makeCase("KHOLMATOV", "SHAKHNOZA", "Холматов", "FA7712345", "ABDULLAEVA", "GULNARA");
        const QString b = makeCase("KARIMOVA", "SHAHLO", "Каримова", "AB0099887", "Иванов", "Пётр");
        const QString c = makeCase("KARIMOV", "RUSTAM", "Каримов", "FA1234567", "SERGEEVA", "OLGA");
        store::CaseRegisterRepository reg(*db);
        QStringList miscounted;
        auto found = [&](const QString &term) {
            RegisterFilter f;
            f.search = term;
            const auto rows = reg.firstPage(f, {}, 100);
            if (reg.count(f) != rows.size())
                miscounted << term;
            const QStringList found = ids(rows);
            return QSet<QString>(found.cbegin(), found.cend());
        };
        using Ids = QSet<QString>;
        QCOMPARE(found(QStringLiteral("xolmatov")), Ids{a});      // Uzbek Latin x for kh
        QCOMPARE(found(QStringLiteral("Холмат")), Ids{a});        // Cyrillic
        QCOMPARE(found(QStringLiteral("olmat")), Ids{a});         // the middle of a name
        QCOMPARE(found(QStringLiteral("shaxnoza kholm")), Ids{a}); // words in any order
        QCOMPARE(found(QStringLiteral("karimova sh")), Ids{b});   // a given name's start
        QCOMPARE(found(QStringLiteral("karimov")), (Ids{b, c}));
        QCOMPARE(found(QStringLiteral("каримов р")), Ids{c});
        QCOMPARE(found(QStringLiteral("dullaev")), Ids{a});       // the employer, in the middle
        QCOMPARE(found(QStringLiteral("Abdullayeva")), Ids{a});   // and in another spelling
        QCOMPARE(found(QStringLiteral("ivanov petr")), Ids{b});   // a Cyrillic employer in Latin
        QCOMPARE(found(QStringLiteral("sergeev")), Ids{c});
        QCOMPARE(found(QStringLiteral("7712")), Ids{a});          // four characters of a passport
        QCOMPARE(found(QStringLiteral("0099887")), Ids{b});
        QCOMPARE(found(QStringLiteral("fa 7712")), Ids{a});
        QCOMPARE(found(QStringLiteral("kholmatov olga")), Ids{}); // all words, of one person
        QCOMPARE(found(QStringLiteral("qwzxv")), Ids{});
        QCOMPARE(miscounted, QStringList());
    }

    // A person renamed is found by the new name, on every case of theirs,
    // and no longer by the old one (on a server the cases keep copies of
    // their people's text, schema 24, which triggers keep in step).
    void searchFollowsARenamedPerson_data() { test::addBackendRows(); }
    void searchFollowsARenamedPerson()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const records::Application first =
            factory.namedCase(QStringLiteral("KHOLMATOV"), QStringLiteral("SHAKHNOZA"), QStringLiteral("Холматов"),
                              QStringLiteral("FA7712345"), QStringLiteral("ABDULLAEVA"), QStringLiteral("GULNARA"));
        store::CaseRegisterRepository reg(*db);
        auto found = [&](const QString &term) {
            RegisterFilter f;
            f.search = term;
            const QStringList rows = ids(reg.firstPage(f, {}, 100));
            return QSet<QString>(rows.cbegin(), rows.cend());
        };
        QCOMPARE(found(QStringLiteral("kholmatov")), QSet<QString>{first.id});
        store::ImmigrantRepository immigrants(*db);
        records::Immigrant person = *immigrants.find(first.immigrantId);
        person.surnameLat = QStringLiteral("TURSUNOVA");
        person.surnameCyr = QStringLiteral("Турсунова");
        immigrants.update(person, QStringLiteral("test"));
        QCOMPARE(found(QStringLiteral("tursunova")), QSet<QString>{first.id});
        QCOMPARE(found(QStringLiteral("kholmatov")), QSet<QString>{});
        store::EmployerRepository employers(*db);
        records::Employer employer = *employers.find(first.employerId);
        employer.surname = QStringLiteral("NAZAROVA");
        employers.update(employer, QStringLiteral("test"));
        QCOMPARE(found(QStringLiteral("nazarova")), QSet<QString>{first.id});
        QCOMPARE(found(QStringLiteral("abdullaeva")), QSet<QString>{});
    }

    void filters_data() { test::addBackendRows(); }
    void filters()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db, 400);
        store::CaseRegisterRepository reg(*db);
        auto countSql = [&](const QString &where) {
            return store::Query(*db, QLatin1String("SELECT count(*) FROM applications WHERE ") + where).scalar().toLongLong();
        };
        RegisterFilter f;
        f.status = records::CaseStatus::Issued;
        QCOMPARE(reg.count(f), countSql(QStringLiteral("status = 'issued'")));
        f = {};
        f.kind = records::ApplicationKind::Extend;
        QVERIFY(reg.count(f) > 0);
        QCOMPARE(reg.count(f), countSql(QStringLiteral("kind = 'extend'")));
        f = {};
        f.channel = records::Channel::Enbek;
        QCOMPARE(reg.count(f), countSql(QStringLiteral("channel = 'enbek'")));
        f.districtId = store::Query(*db, QStringLiteral("SELECT min(district_id) FROM applications")).scalar().toInt();
        QCOMPARE(reg.count(f), countSql(QStringLiteral("channel = 'enbek' AND district_id = %1").arg(f.districtId)));
        const QString open = QStringLiteral("status IN ('submitted', 'accepted', 'police_check')");
        f = {};
        f.today = kToday;
        f.due = RegisterFilter::Due::Overdue;
        QCOMPARE(reg.count(f), countSql(open + QStringLiteral(" AND decision_due_on < '2026-11-24'")));
        f.due = RegisterFilter::Due::Today;
        QCOMPARE(reg.count(f), countSql(open + QStringLiteral(" AND decision_due_on = '2026-11-24'")));
        f.due = RegisterFilter::Due::ThisWeek; // Tuesday 24 to Sunday 29 November 2026
        QCOMPARE(reg.count(f), countSql(open + QStringLiteral(" AND decision_due_on BETWEEN '2026-11-24' AND '2026-11-29'")));
        QVERIFY(countSql(open) > 0);
    }

    void itemModel_data() { test::addBackendRows(); }
    void itemModel()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db, 700);
        itemmodels::CaseRegisterModel model(*db, domain::WorkCalendar());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList expected = expectedOrder(*db, RegisterColumn::Received, Qt::DescendingOrder);
        QVERIFY(test::countArrives(model));
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(model.matchCount(), std::optional<qint64>(expected.size()));
        // Scroll down, jump, scroll back up: every row is the right case.
        for (int row : {0, 99, 100, 250, 720, 719, 650, 640, 5, int(expected.size()) - 1})
            QCOMPARE(model.data(model.index(row, 0), itemmodels::IdRole).toString(), expected.at(row));
        // Sorting runs in SQL.
        model.sort(itemmodels::CaseRegisterModel::Immigrant, Qt::AscendingOrder);
        const QStringList byName = expectedOrder(*db, RegisterColumn::Immigrant, Qt::AscendingOrder);
        for (int row : {0, 333, 332, int(byName.size()) - 1})
            QCOMPARE(model.caseId(row), byName.at(row));
        QCOMPARE(model.data(model.index(0, itemmodels::CaseRegisterModel::Immigrant)).toString().toLower(),
                 store::Query(*db, QStringLiteral("SELECT immigrant_sort FROM applications ORDER BY immigrant_sort, id LIMIT 1")).scalar().toString());
        // A filter changes the count to the true count.
        store::RegisterFilter f;
        f.status = records::CaseStatus::Refused;
        model.setFilter(f);
        QVERIFY(test::countArrives(model));
        QCOMPARE(qint64(model.rowCount()),
                 store::Query(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'refused'")).scalar().toLongLong());
        QCOMPARE(model.data(model.index(0, itemmodels::CaseRegisterModel::Status), itemmodels::CodeRole).toString(),
                 QStringLiteral("refused"));
    }

    void urgencyColours()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        fill(*db, 700);
        // Open cases due on Friday 20 (overdue), Tuesday 24 (today), Wednesday
        // 25 (the next working day) and Monday 30 November 2026 (later).
        const QStringList dues{QStringLiteral("2026-11-20"), QStringLiteral("2026-11-24"),
                               QStringLiteral("2026-11-25"), QStringLiteral("2026-11-30")};
        store::Query open(*db, QStringLiteral("SELECT id FROM applications WHERE status = 'accepted' ORDER BY id LIMIT 4"));
        open.exec();
        QStringList openIds;
        while (open.next())
            openIds << open.value(0).toString();
        open.finish();
        QCOMPARE(openIds.size(), 4);
        for (int i = 0; i < 4; ++i)
            store::execute(*db, QStringLiteral("UPDATE applications SET decision_due_on = '%1' WHERE id = '%2'")
                                    .arg(dues.at(i), openIds.at(i)));
        itemmodels::CaseRegisterModel model(*db, domain::WorkCalendar(store::CalendarRepository(*db).all()));
        store::RegisterFilter f;
        f.today = kToday;
        f.status = records::CaseStatus::Accepted;
        model.setFilter(f);
        QHash<QString, int> urgencyById;
        for (int row = 0; row < model.rowCount(); ++row)
            urgencyById.insert(model.caseId(row),
                               model.data(model.index(row, itemmodels::CaseRegisterModel::DecisionDue),
                                          itemmodels::UrgencyRole).toInt());
        QCOMPARE(urgencyById.value(openIds.at(0)), int(itemmodels::Urgency::Overdue));
        QCOMPARE(urgencyById.value(openIds.at(1)), int(itemmodels::Urgency::Today));
        QCOMPARE(urgencyById.value(openIds.at(2)), int(itemmodels::Urgency::Tomorrow));
        QCOMPARE(urgencyById.value(openIds.at(3)), int(itemmodels::Urgency::Later));
        // R-WORKDAY: a calendar changed meanwhile (25-27 November made
        // holidays) colours by the new one: Monday 30 becomes the next
        // working day after Tuesday 24.
        QList<domain::CalendarException> days = store::CalendarRepository(*db).all();
        for (int d : {25, 26, 27})
            days << domain::CalendarException{
                QDate(2026, 11, d), domain::CalendarException::Kind::Holiday, {}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCalendar(domain::WorkCalendar(days));
        QCOMPARE(changed.size(), 1);
        int monday = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.caseId(row) == openIds.at(3))
                monday = row;
        QVERIFY(monday >= 0);
        QCOMPARE(model
                     .data(model.index(monday, itemmodels::CaseRegisterModel::DecisionDue),
                           itemmodels::UrgencyRole)
                     .toInt(),
                 int(itemmodels::Urgency::Tomorrow));
        f.status = records::CaseStatus::Issued;
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.data(model.index(0, itemmodels::CaseRegisterModel::DecisionDue), itemmodels::UrgencyRole).toInt(),
                 int(itemmodels::Urgency::None)); // decided: no clock
    }
};

QTEST_GUILESS_MAIN(TestCaseRegister)
#include "tst_case_register.moc"
