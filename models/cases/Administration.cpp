// SPDX-License-Identifier: GPL-3.0-or-later
#include "Administration.h"

#include "printing/TemplateCheck.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <algorithm>

namespace ruqsat::cases {

using store::StoreError;

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw StoreError(StoreError::Kind::Invalid, why);
}

bool isKato(const QString &text)
{
    if (text.size() != 9)
        return false;
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    return true;
}

} // namespace

void Administration::requireAdministrator() const
{
    if (!m_session.mayAdminister())
        throw StoreError(StoreError::Kind::Forbidden, tr("Only an administrator changes settings, rates, quotas, "
                                                         "districts and users."));
}

QString Administration::passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    // Ten spaces pass the length but are typed by accident, not chosen.
    if (password.trimmed().isEmpty())
        return tr("A password cannot be only spaces.");
    return {};
}

// Reads -----------------------------------------------------------------------

QList<std::pair<QString, QString>> Administration::textSettings() const
{
    return store::SettingsRepository(m_db).textSettings();
}

QList<domain::YearRate> Administration::yearRates() const
{
    return store::SettingsRepository(m_db).yearRates();
}

std::optional<records::Quota> Administration::quota(int regionId, int year) const
{
    return store::QuotaRepository(m_db).find(regionId, year);
}

QList<store::Region> Administration::regions() const
{
    return store::ReferenceRepository(m_db).regions();
}

QList<store::District> Administration::districts(int regionId) const
{
    return store::ReferenceRepository(m_db).districts(regionId);
}

QList<store::District> Administration::allDistricts() const
{
    return store::ReferenceRepository(m_db).allDistricts();
}

QList<store::User> Administration::users() const
{
    return store::UserRepository(m_db).all();
}

// Changes ---------------------------------------------------------------------

void Administration::setText(const QString &key, const QString &value) const
{
    requireAdministrator();
    // Names and folders are compared and printed as typed; stray spaces at
    // the ends only make two equal names differ.
    const QString text = value.trimmed();
    // A folder of templates that cannot print a form is refused now, by the
    // administrator who set it, not later at a clerk's desk (empty: the
    // program's own templates).
    if (key == QLatin1String("print.override_dir") && !text.isEmpty())
        if (const QString problem = printing::templateFolderProblem(text); !problem.isEmpty())
            refuse(problem);
    store::SettingsRepository(m_db).setText(key, text, m_session.login);
}

void Administration::setYearRate(const domain::YearRate &rate) const
{
    requireAdministrator();
    store::SettingsRepository(m_db).setYearRate(rate, m_session.login);
}

void Administration::removeYearRate(int year) const
{
    requireAdministrator();
    store::SettingsRepository(m_db).removeYearRate(year, m_session.login);
}

records::Quota Administration::setQuota(int regionId, int year, int places) const
{
    requireAdministrator();
    if (year < 2000 || year > 2100)
        refuse(tr("A quota is set for a year from 2000 to 2100."));
    bool knownRegion = false;
    for (const store::Region &r : regions())
        knownRegion |= r.id == regionId;
    if (!knownRegion)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no such region."));
    return store::QuotaRepository(m_db).setQuota(regionId, year, places, m_session.login);
}

int Administration::addDistrict(store::District &district) const
{
    requireAdministrator();
    store::District d = district;
    d.kato = d.kato.trimmed();
    d.nameKk = d.nameKk.trimmed();
    d.nameRu = d.nameRu.trimmed();
    d.nameEn = d.nameEn.trimmed();
    if (d.nameKk.isEmpty() || d.nameRu.isEmpty())
        refuse(tr("A district needs its name in Kazakh and in Russian."));
    if (!d.kato.isEmpty() && !isKato(d.kato))
        refuse(tr("A KATO code has 9 digits; leave it empty until it is known."));
    bool knownRegion = false;
    for (const store::Region &r : regions())
        knownRegion |= r.id == d.regionId;
    if (!knownRegion)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no such region."));
    for (const store::District &other : districts(d.regionId))
        if (other.nameRu.compare(d.nameRu, Qt::CaseInsensitive) == 0)
            refuse(tr("The region already has the district \"%1\".").arg(other.nameRu));
    if (d.nameEn.isEmpty())
        d.nameEn = d.nameRu; // the English screens then show the official name
    d.bodies = checkedBodies(d.bodies);
    store::ReferenceRepository(m_db).addDistrict(d, m_session.login);
    district = d;
    return d.id;
}

records::DistrictBodies Administration::checkedBodies(const records::DistrictBodies &bodies)
{
    records::DistrictBodies checked = bodies;
    for (const records::DistrictBodyField &field : records::districtBodyFields()) {
        // Printed as typed: stray spaces at the ends only shift the form's lines.
        QString &text = checked.*field.member;
        text = text.trimmed();
        if (text.size() > field.maxLength)
            refuse(tr("\"%1\" takes at most %2 characters; this one has %3.")
                       .arg(records::districtBodyCaption(field))
                       .arg(field.maxLength)
                       .arg(text.size()));
    }
    return checked;
}

void Administration::setDistrictBodies(int districtId, const records::DistrictBodies &bodies) const
{
    requireAdministrator();
    store::ReferenceRepository(m_db).setDistrictBodies(districtId, checkedBodies(bodies), m_session.login);
}

QString Administration::createUser(store::User &user, const QString &password) const
{
    requireAdministrator();
    store::User u = user;
    u.login = u.login.trimmed();
    u.fullName = u.fullName.trimmed();
    if (u.login.isEmpty() || u.fullName.isEmpty())
        refuse(tr("A user needs a login and a full name."));
    if (u.login.contains(QLatin1Char(' ')))
        refuse(tr("A login has no spaces."));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        refuse(problem);
    store::UserRepository users(m_db);
    // The store's unique index would refuse it too, but in its own words.
    if (users.findByLogin(u.login))
        refuse(tr("The login \"%1\" is taken.").arg(u.login));
    if (u.districtIds.isEmpty() && u.districtId > 0)
        u.districtIds = {u.districtId};
    users.create(u, password, m_session.login);
    user = u;
    return u.id;
}

void Administration::resetPassword(const QString &userId, const QString &password) const
{
    requireAdministrator();
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        refuse(problem);
    store::UserRepository(m_db).setPassword(userId, password, m_session.login);
}

bool Administration::isSelf(const store::User &user) const
{
    return (!m_session.userId.isEmpty() && user.id == m_session.userId) || user.login == m_session.login;
}

void Administration::keepAnAdministrator(const store::User &user, const QList<store::User> &all)
{
    if (!user.active || user.role != records::Role::Admin)
        return;
    const auto activeAdmins = std::count_if(all.cbegin(), all.cend(), [](const store::User &u) {
        return u.active && u.role == records::Role::Admin;
    });
    if (activeAdmins <= 1)
        refuse(tr("%1 is the last active administrator: make another administrator first.").arg(user.login));
}

store::User Administration::lockedUser(const QString &userId, QList<store::User> *all) const
{
    const store::UserRepository users(m_db);
    users.lockForChange();
    *all = users.all();
    const auto target = std::find_if(all->cbegin(), all->cend(), [&](const store::User &u) { return u.id == userId; });
    if (target == all->cend())
        throw StoreError(StoreError::Kind::NotFound, tr("There is no such user."));
    return *target;
}

void Administration::setActive(const QString &userId, bool active) const
{
    requireAdministrator();
    store::Transaction tx(m_db);
    QList<store::User> all;
    const store::User target = lockedUser(userId, &all);
    if (!active && target.active) {
        if (isSelf(target))
            refuse(tr("You cannot deactivate your own account; another administrator can."));
        keepAnAdministrator(target, all);
    }
    store::UserRepository(m_db).setActive(userId, active, m_session.login);
    tx.commit();
}

void Administration::setDistricts(const QString &userId, const QList<int> &districtIds) const
{
    requireAdministrator();
    store::Transaction tx(m_db);
    QList<store::User> all;
    const store::User target = lockedUser(userId, &all);
    store::UserRepository(m_db).setDistricts(userId, districtIds, m_session.login);
    tx.commit();
}

void Administration::setRole(const QString &userId, records::Role role) const
{
    requireAdministrator();
    store::Transaction tx(m_db);
    QList<store::User> all;
    const store::User target = lockedUser(userId, &all);
    if (target.role == role)
        return;
    if (isSelf(target))
        refuse(tr("You cannot change your own role; another administrator can."));
    if (role != records::Role::Admin)
        keepAnAdministrator(target, all);
    store::UserRepository(m_db).setRole(userId, role, m_session.login);
    tx.commit();
}

} // namespace ruqsat::cases
