// SPDX-License-Identifier: GPL-3.0-or-later
#include "Renewal.h"

#include "domain/Deadlines.h"
#include "domain/PermitTerm.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace ruqsat::cases {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::Renewal)
};

QString shortDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

// Every record of the same person: the record itself and those with the
// same IIN, or the same passport of the same country.
QSet<QString> recordsOf(const store::Database &db, const records::Immigrant &immigrant)
{
    QSet<QString> ids;
    if (!immigrant.id.isEmpty())
        ids.insert(immigrant.id);
    const store::ImmigrantRepository people(db);
    if (!immigrant.iin.trimmed().isEmpty())
        for (const records::Immigrant &p : people.findByIin(immigrant.iin.trimmed()))
            ids.insert(p.id);
    if (!immigrant.passportNumber.trimmed().isEmpty())
        for (const records::Immigrant &p :
             people.findByPassport(immigrant.passportNumber.trimmed()))
            if (p.citizenship == immigrant.citizenship)
                ids.insert(p.id);
    return ids;
}

} // namespace

QString Renewal::notice() const
{
    return Tr::tr("Permit No. %1 of this person reaches 12 months with its extensions and ends on "
                  "%2: a new permit is applied for from %3 to %4.")
        .arg(current.number, shortDate(current.validTo), shortDate(window.first),
             shortDate(window.last));
}

QString Renewal::refusal(QDate receivedOn) const
{
    return Tr::tr("The application was received on %1, but after permit No. %2, which reaches 12 "
                  "months on %3, a new permit is only applied for from %4 to %5.")
        .arg(shortDate(receivedOn), current.number, shortDate(current.validTo),
             shortDate(window.first), shortDate(window.last));
}

std::optional<Renewal> renewalFor(const store::Database &db, const records::Immigrant &immigrant,
                                  QDate receivedOn)
{
    if (!receivedOn.isValid())
        return std::nullopt;
    std::optional<records::Permit> current;
    const store::PermitRepository permits(db);
    for (const QString &id : recordsOf(db, immigrant))
        for (const records::Permit &p : permits.forImmigrant(id))
            if (p.status == records::PermitStatus::InForce && p.validTo >= receivedOn &&
                (!current || p.validTo > current->validTo))
                current = p;
    if (!current || !domain::PermitTerm::chainIsFull(current->chainStart, current->validTo))
        return std::nullopt;
    return Renewal{*current,
                   domain::Deadlines::renewalWindow(current->validTo)}; // R-RENEW-AFTER-12
}

} // namespace ruqsat::cases
