// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonSearch.h"
#include "records/Codes.h"

#include <QDate>
#include <QList>
#include <QVariant>

namespace ruqsat::store {

class Database;

// What the clerk asks the permit register for. The search box takes one term
// and finds by what it looks like (SearchTerm): a permit number or its start,
// an IIN of the immigrant or the employer, a registry number of the case, a
// passport number (prefix), a surname or given name prefix in either script.
struct PermitRegisterFilter
{
    // By the permit's days, not only its stored status: a permit whose last
    // day has passed is expired even before the nightly expireDue() ran.
    enum class State
    {
        Any,
        InForce,
        ExpiringWithin30Days,
        Expired,
        Revoked,
        Terminated
    };

    QString search;
    State state = State::Any;
    int districtId = 0;     // the clerk's choice in the register; 0: any
    QList<int> districtIds; // the session's districts (DistrictScope.h); empty: all
    QDate today; // the day states are counted from; invalid: the current date

    bool operator==(const PermitRegisterFilter &) const = default;
};

enum class PermitRegisterColumn
{
    Number,
    Immigrant,
    ValidFrom,
    ValidTo
};

struct PermitRegisterSort
{
    PermitRegisterColumn column = PermitRegisterColumn::ValidFrom;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const PermitRegisterSort &) const = default;
};

// One line of the permit register.
struct PermitRegisterRow
{
    QString id;
    QString number;
    QString immigrantLatin, immigrantCyrillic;
    QString iin; // the immigrant's; empty when not known
    QString employerName;
    QDate validFrom, validTo;
    records::PermitStatus status = records::PermitStatus::InForce; // as stored
    int copiesIssued = 0;                                          // R-DUPLICATE
    QString extendsPermitNumber; // Appendix 5: the number of the permit this one extends
    QString applicationId;
    QVariant sortValue; // with id: the keyset position of the row
};

// The status a permit has on `today`: one in force past its last day is expired.
records::PermitStatus effectiveStatus(records::PermitStatus stored, const QDate &validTo,
                                      const QDate &today);

// The permit register over any number of permits, as CaseRegisterRepository
// is for cases: counts and pages are asked of the store with SQL-side filter
// and sort on indexed columns; pages are read by keyset (after or before a
// row), or by offset for a jump.
class PermitRegisterRepository
{
public:
    explicit PermitRegisterRepository(const Database &db);

    qint64 count(const PermitRegisterFilter &filter) const;
    QList<PermitRegisterRow> firstPage(const PermitRegisterFilter &filter,
                                       const PermitRegisterSort &sort, int limit) const;
    QList<PermitRegisterRow> pageAfter(const PermitRegisterFilter &filter,
                                       const PermitRegisterSort &sort,
                                       const PermitRegisterRow &last, int limit) const;
    // The rows just before `first`, in register order.
    QList<PermitRegisterRow> pageBefore(const PermitRegisterFilter &filter,
                                        const PermitRegisterSort &sort,
                                        const PermitRegisterRow &first, int limit) const;
    QList<PermitRegisterRow> pageAt(const PermitRegisterFilter &filter,
                                    const PermitRegisterSort &sort, qint64 offset, int limit) const;

    // The SQL of count() and of a page, parameters inlined, for measuring
    // and explaining it outside the program.
    QString debugCountSql(const PermitRegisterFilter &filter) const;
    QString debugSql(const PermitRegisterFilter &filter, const PermitRegisterSort &sort, int limit,
                     qint64 offset, const PermitRegisterRow *after = nullptr) const;
    // The statements a page read runs first to choose its plan (see
    // PersonSearch::plan()); none for other searches.
    QStringList debugPlanProbeSql(const PermitRegisterFilter &filter) const;

private:
    SqlWhere where(const PermitRegisterFilter &filter,
                   PersonSearch::Plan plan = PersonSearch::Plan::ByPerson) const;
    Statement countStatement(const PermitRegisterFilter &filter) const;
    Statement pageStatement(const PermitRegisterFilter &filter, const PermitRegisterSort &sort,
                            const PermitRegisterRow *key, bool forward, qint64 offset,
                            int limit) const;
    QList<PermitRegisterRow> page(const PermitRegisterFilter &filter,
                                  const PermitRegisterSort &sort, const PermitRegisterRow *key,
                                  bool forward, qint64 offset, int limit) const;

    const Database &m_db;
    PersonSearch m_people; // keeps the plan of the last search
};

} // namespace ruqsat::store
