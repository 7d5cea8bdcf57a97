// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantHash>
#include <utility>

namespace ruqsat::store {

class Database;

// The raw data of one printed form, language-neutral: names keyed as in
// docs/PRINTING.md (texts, QDate, QDateTime in UTC, numbers; names of
// countries and regions in the three languages with _kk/_ru/_en suffixes).
// The printing layer turns it into the forms' fields.
struct PrintRecord
{
    QVariantHash values;
    QList<QVariantHash> rows; // repeated lines (Appendix 9: one per permit; Appendix 1: family)
};

// The district of a record's values (district_kk/_ru/_en), in the language
// of the screens.
QString districtName(const QVariantHash &values);

struct PermitListing
{
    QString number, caseId, immigrantLatin, citizenship, status;
    QDate validFrom, validTo;
    QDateTime issuedAt;
    int copiesIssued = 0;
};

struct CaseListing
{
    QString id, registryNumber, kind, status, immigrantLatin, employerName;
    QDateTime receivedAt;
    QDate decisionDueOn;
};

// The read queries behind the printed forms and the print listings of
// ruqsatctl. Every loader throws StoreError::NotFound for an unknown case or
// permit, and for a case that has not reached the state the form needs.
// Scoped to `districtIds` (DistrictScope.h; the session's, empty: all): the
// listings hold only those districts, and a loader throws
// StoreError::Forbidden for a case or permit of another district.
class PrintQueries
{
public:
    explicit PrintQueries(const Database &db, QList<int> districtIds = {})
        : m_db(db), m_districtIds(std::move(districtIds))
    {
    }

    PrintRecord application(const QString &caseId) const;          // Appendix 1
    PrintRecord agreement(const QString &caseId) const;            // Appendix 3
    PrintRecord intakeRefusal(const QString &caseId) const;        // Appendix 4, R-INCOMPLETE
    PrintRecord permit(const QString &number) const;               // Appendix 5
    PrintRecord termination(const QString &number) const;          // Appendix 6, R-TERMINATION
    PrintRecord refusal(const QString &caseId) const;              // Appendix 7, R-REFUSAL
    PrintRecord revocation(const QString &number) const;           // Appendix 8, R-REVOKE-NOTICE
    PrintRecord revokedPermits(const QStringList &numbers) const;  // Appendix 9, R-REVOKE-POLICE

    // The newest permit issued on the case (for --case with a permit form).
    QString permitNumberOfCase(const QString &caseId) const;
    // Permits issued on a local calendar day (the clerk's day, not UTC), by number.
    QStringList permitNumbersIssuedOn(const QDate &day) const;
    // limit <= 0: no limit. Empty status: any. Invalid day: any day.
    QList<PermitListing> permits(const QDate &issuedOn, const QString &status, int limit) const;
    QList<CaseListing> cases(const QString &status, int limit) const;

    // The key of the QR check value (docs/PRINTING.md): 32 random bytes kept
    // in settings (print.qr_key, hex), created on first use.
    QByteArray qrKey() const;
    // On PostgreSQL no role may read the key (schema 11): the server
    // computes the QR check value of a canonical text (printing::QrPayload).
    bool qrKeyOnServer() const;
    QString serverQrCheckValue(const QString &canonical) const;
    // The value of settings key `key`, empty when unset.
    QString setting(const QString &key) const;

private:
    QVariantHash caseValues(const QString &caseId) const;
    QVariantHash permitValues(const QString &number) const;
    void addSettings(QVariantHash &values) const;
    // The district found by `joinWhere` (SQL after "FROM districts d", with
    // :key): its id, names and bodies.
    void addDistrictBodies(QVariantHash &values, const QString &joinWhere, const QVariant &key) const;
    void addDecision(QVariantHash &values, const QString &caseId, const QString &kind) const;

    // Throws StoreError::Forbidden with `refusal` when `districtId` is outside the scope.
    void checkScope(int districtId, const QString &refusal) const;

    const Database &m_db;
    QList<int> m_districtIds;
};

} // namespace ruqsat::store
