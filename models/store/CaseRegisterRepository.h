// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonSearch.h"
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
    explicit CaseRegisterRepository(const Database &db);

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
    // PersonSearch::plan()); none for other searches.
    QStringList debugPlanProbeSql(const RegisterFilter &filter) const;

private:
    SqlWhere where(const RegisterFilter &filter,
                   PersonSearch::Plan plan = PersonSearch::Plan::ByPerson) const;
    // The statements, built in one place for running and for debugSql().
    Statement countStatement(const RegisterFilter &filter) const;
    Statement pageStatement(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow *key,
                            bool forward, qint64 offset, int limit) const;
    QList<RegisterRow> page(const RegisterFilter &filter, const RegisterSort &sort, const RegisterRow *key,
                            bool forward, qint64 offset, int limit) const;

    const Database &m_db;
    // Keeps the plan of the last search while this repository lives: the
    // item model makes a new repository when the filter or the store changes.
    PersonSearch m_people;
};

} // namespace ruqsat::store
