// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <utility>

namespace ruqsat::store {

class Database;
struct SqlWhere;  // RegisterSearch.h
struct Statement; // RegisterSearch.h

// What the clerk asks the register for. The search box takes one term and
// finds by what it looks like: 12 digits an IIN (immigrant or employer),
// YYYY-NNNNNN a registry number, NN-YYYY-NNNNNN a permit number, letters and
// digits a passport number (prefix), letters a surname or given name prefix
// in Cyrillic or Latin script, any case ("karimov rus": surname, then given
// name).
struct RegisterFilter
{
    enum class Due { Any, Today, Overdue, ThisWeek };

    QString search;
    std::optional<records::CaseStatus> status;
    std::optional<records::ApplicationKind> kind;
    std::optional<records::Channel> channel;
    int districtId = 0;     // the clerk's choice in the register; 0: any
    QList<int> districtIds; // the session's districts (DistrictScope.h); empty: all
    Due due = Due::Any; // open cases only: submitted, accepted, police check
    QDate today;        // the day "due" is counted from

    bool operator==(const RegisterFilter &) const = default;
};

enum class RegisterColumn { Received, DecisionDue, RegistryNumber, Immigrant, Status };

struct RegisterSort
{
    RegisterColumn column = RegisterColumn::Received;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const RegisterSort &) const = default;
};

// One line of the register.
struct RegisterRow
{
    QString id;
    QString registryNumber;
    QString immigrantLatin, immigrantCyrillic;
    QString employerName;
    records::ApplicationKind kind = records::ApplicationKind::Issue;
    records::Channel channel = records::Channel::StateCorporation;
    QDateTime receivedAt;
    QDate decisionDueOn;
    records::CaseStatus status = records::CaseStatus::Draft;
    QVariant sortValue; // with id: the keyset position of the row
};

// The case register over any number of cases: counts and pages are asked of
// the store with SQL-side filter and sort on indexed columns; pages are read
// by keyset (after or before a row), or by offset for a jump.
class CaseRegisterRepository
{
public:
    explicit CaseRegisterRepository(const Database &db) : m_db(db) {}

    qint64 count(const RegisterFilter &filter) const;
    QList<RegisterRow> firstPage(const RegisterFilter &filter, const RegisterSort &sort, int limit) const;
    QList<RegisterRow> pageAfter(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow &last,
                                 int limit) const;
    // The rows just before `first`, in register order.
    QList<RegisterRow> pageBefore(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow &first,
                                  int limit) const;
    QList<RegisterRow> pageAt(const RegisterFilter &filter, const RegisterSort &sort, qint64 offset,
                              int limit) const;

    // The SQL that count() and the page reads run, with the parameters
    // inlined as literals of this store's SQL, for measuring and explaining
    // them outside the program (the sqlite3 or psql tool). `after` is the
    // last row of the previous page for a keyset read, as pageAfter().
    QString debugCountSql(const RegisterFilter &filter) const;
    QString debugSql(const RegisterFilter &filter, const RegisterSort &sort, int limit, qint64 offset,
                     const RegisterRow *after = nullptr) const;
    // The statements a page read runs first to choose its plan (see
    // namePlan()); none for searches other than names and passports.
    QStringList debugPlanProbeSql(const RegisterFilter &filter) const;

private:
    struct NameProbe;
    // How a page of a name or passport search finds its cases on SQLite:
    // through the matching people's cases, sorted after; or walking the sort
    // order and keeping the cases whose person is in a list of the matching
    // ids, or whose person is looked up and matches (a common prefix).
    enum class NamePlan { ByPerson, WalkWithIdList, WalkWithLookup };
    SqlWhere where(const RegisterFilter &filter, NamePlan plan = NamePlan::ByPerson) const;
    NamePlan namePlan(const RegisterFilter &filter) const;
    // The bounded count of matching people namePlan() runs; nullopt when it
    // runs none (PostgreSQL, other searches).
    std::optional<NameProbe> nameProbe(const RegisterFilter &filter) const;
    // The statements, built in one place for running and for debugSql().
    Statement countStatement(const RegisterFilter &filter) const;
    Statement pageStatement(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow *key,
                            bool forward, qint64 offset, int limit) const;
    QList<RegisterRow> page(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow *key,
                            bool forward, qint64 offset, int limit) const;

    const Database &m_db;
    // The plan chosen for the last search, kept while this repository lives:
    // the pages of one search are read with the plan of its first (the item
    // model makes a new repository when the filter or the store changes).
    mutable std::optional<std::pair<QString, NamePlan>> m_lastPlan;
};

} // namespace ruqsat::store
