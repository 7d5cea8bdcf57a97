// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStores.h"
#include "records/Case.h"
#include "records/Permit.h"

#include <QString>
#include <memory>

namespace ruqsat::test {

// A store with fixed data for the printed forms, so goldens stay stable:
// fixed names (with Kazakh letters), numbers, dates and decision times.
//   case 2026-000001  issuance, permit 75-2026-000001 (later extended)
//   case 2026-000002  extension of it, permit 75-2026-000002, revoked
//   case 2026-000003  issuance, permit 75-2026-000003, labour contract ended
//   case 2026-000004  refused (R-REFUSE-3)
//   case 2026-000005  refused at intake (R-INCOMPLETE): two documents missing
class PrintFixture
{
public:
    explicit PrintFixture(const QString &backend);

    const store::Database &db() const { return *m_db; }
    ScratchStore &scratch() { return m_scratch; }

    static QString firstCase() { return QStringLiteral("2026-000001"); }
    static QString extensionCase() { return QStringLiteral("2026-000002"); }
    static QString refusedCase() { return QStringLiteral("2026-000004"); }
    static QString intakeCase() { return QStringLiteral("2026-000005"); }
    static QString firstPermit() { return QStringLiteral("75-2026-000001"); }
    static QString extendedPermit() { return QStringLiteral("75-2026-000002"); }
    static QString terminatedPermit() { return QStringLiteral("75-2026-000003"); }

    // `count` revoked permits for Appendix 9, each of another immigrant:
    // extendedPermit() first, then permits made on the first call that needs
    // them (issued today, revoked on 07.10.2026).
    QStringList revokedPermits(int count);
    // A permit in force today (made on first call): from 30 days ago for
    // six months, with a case 2026-0000NN of its own.
    QString inForcePermit();

private:
    records::Permit issue(const records::Application &a, const QString &extends, QDate from,
                          QDate to) const;
    records::Application makeCase(int n, records::ApplicationKind kind, const QString &extends,
                                  const QString &immigrantId) const;

    ScratchStore m_scratch;
    std::unique_ptr<store::Database> m_db;
    int m_region = 0;
    int m_district = 0;
    int m_cases = 0;
    QStringList m_revoked;
    QString m_inForce;
};

} // namespace ruqsat::test
