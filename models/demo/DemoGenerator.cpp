// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoNames.h"
#include "DemoPlaces.h"

#include "common/OrderedUuid.h"

#include <QTimeZone>
#include <algorithm>
#include <iterator>

namespace ruqsat::demo {

using namespace records;

namespace {

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString feminine(const QString &surname, bool slavic)
{
    if (!slavic)
        return surname;
    if (surname.endsWith(u"ов") || surname.endsWith(u"ев") || surname.endsWith(u"ин") ||
        surname.endsWith(u"OV") || surname.endsWith(u"EV") || surname.endsWith(u"IN"))
        return surname + (surname.at(surname.size() - 1).isUpper() ? u'A' : u'а');
    return surname;
}

// The documents of R-DOCS-*: issuance needs the intent agreement and the
// medical certificate, an extension the labour contract instead.
QStringList documentsFor(ApplicationKind kind)
{
    if (kind == ApplicationKind::Issue)
        return {QStringLiteral("application"), QStringLiteral("iit_receipt"), QStringLiteral("passport"),
                QStringLiteral("medical_certificate"), QStringLiteral("insurance"),
                QStringLiteral("intent_agreement")};
    return {QStringLiteral("application"), QStringLiteral("iit_receipt"), QStringLiteral("passport"),
            QStringLiteral("insurance"), QStringLiteral("labour_contract")};
}

// A Kazakh mobile number as it is written: +7 7XX XXX XX XX, with the
// operators' codes.
QString kazakhMobile(QRandomGenerator &rng)
{
    static const int codes[] = {700, 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778};
    const int code = codes[rng.bounded(int(std::size(codes)))];
    const int n = rng.bounded(10000000);
    return QStringLiteral("+7 %1 %2 %3 %4")
        .arg(code)
        .arg(n / 10000, 3, 10, QLatin1Char('0'))
        .arg(n / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(n % 100, 2, 10, QLatin1Char('0'));
}

const QTimeZone &almaty()
{
    static const QTimeZone zone("Asia/Almaty");
    return zone;
}

} // namespace

DemoGenerator::DemoGenerator(quint32 seed, const QDate &today, DemoRules rules)
    : m_rng(seed), m_today(today), m_rules(std::move(rules))
{
}

void DemoGenerator::setDistricts(const QHash<QString, QList<int>> &districtsByCityKato)
{
    m_districts = districtsByCityKato;
    m_cityKatos = m_districts.keys();
    std::sort(m_cityKatos.begin(), m_cityKatos.end()); // the same order for the same seed
}

QString DemoGenerator::uuid()
{
    // Reproducible from the seed, and ordered within a run (a prefix drawn
    // once per run, then a counter) so a million inserts append to the
    // indexes instead of scattering over them.
    if (m_idPrefix == 0)
        m_idPrefix = quint64(m_rng.bounded(1u << 16) | 1u) << 32;
    return orderedUuid(m_idPrefix | ++m_idCount, 8, m_rng);
}

QString DemoGenerator::nextNumber(const QString &counter, const QString &prefix)
{
    const qint64 n = ++m_counters[counter];
    return prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QDateTime DemoGenerator::randomReceipt(int maxAgeDays)
{
    // A desk always has a queue: a few in a hundred came in the last days.
    const int age = m_rng.bounded(100) < 4 ? m_rng.bounded(5) : m_rng.bounded(maxAgeDays + 1);
    const QDate day = m_today.addDays(-age);
    // Most papers come to the counter in office hours; portals work around the clock.
    const bool office = m_rng.bounded(100) < 85;
    const int minute = office ? 9 * 60 + m_rng.bounded(9 * 60 + 30) : m_rng.bounded(24 * 60);
    return QDateTime(day, QTime(minute / 60, minute % 60), almaty()).toUTC();
}

QString DemoGenerator::uniqueIin(const QDate &birth, bool male)
{
    for (;;) {
        const QString iin = m_rules.makeIin(birth, male, m_rng);
        if (!m_usedIins.contains(iin.toLongLong())) {
            m_usedIins.insert(iin.toLongLong());
            return iin;
        }
    }
}

void DemoGenerator::replaceIin(DemoFile &file, const QString &taken)
{
    m_usedIins.insert(taken.toLongLong());
    if (file.immigrant.iin == taken)
        file.immigrant.iin = uniqueIin(file.immigrant.birthDate, file.immigrant.sex == QLatin1String("M"));
    if (file.employer.iin == taken) {
        // An employer keeps only the birth year; the IIN holds the day, and
        // its seventh digit is odd for men.
        const QDate birth(file.employer.birthYear, taken.mid(2, 2).toInt(), taken.mid(4, 2).toInt());
        file.employer.iin = uniqueIin(birth, taken.at(6).digitValue() % 2 == 1);
    }
}

Immigrant DemoGenerator::makeImmigrant(const QDate &firstReceipt)
{
    int roll = m_rng.bounded(1000);
    const Nationality *nat = &nationalities().first();
    for (const Nationality &n : nationalities()) {
        if (roll < n.weight) {
            nat = &n;
            break;
        }
        roll -= n.weight;
    }
    const bool male = m_rng.bounded(100) < 45; // domestic work: more women than men
    const Name &surname = pick(nat->surnames);
    const Name &given = male ? pick(nat->maleNames) : pick(nat->femaleNames);
    const Homeland &home = homeland(QLatin1String(nat->code));
    Immigrant p;
    p.id = uuid();
    p.surnameCyr = male ? str(surname.cyrillic) : feminine(str(surname.cyrillic), nat->slavicSurnames);
    p.surnameLat = male ? QLatin1String(surname.latin) : feminine(QLatin1String(surname.latin), nat->slavicSurnames);
    p.givenNamesCyr = str(given.cyrillic);
    p.givenNamesLat = QLatin1String(given.latin);
    p.sex = male ? QStringLiteral("M") : QStringLiteral("F");
    p.birthDate = m_today.addYears(-(19 + m_rng.bounded(42))).addDays(-m_rng.bounded(365));
    p.citizenship = QLatin1String(nat->code);
    p.passportSeries = QLatin1String(nat->passportPrefix);
    p.passportNumber = p.passportSeries + QString::number(1000000 + m_rng.bounded(8999999));
    // Issued before the first application (and so before any permit), at
    // sixteen or later, and valid for ten years: still valid when applying.
    p.passportIssuedOn = std::max(firstReceipt.addDays(-1 - m_rng.bounded(9 * 365)),
                                  p.birthDate.addYears(16).addDays(m_rng.bounded(365)));
    p.passportExpiresOn = p.passportIssuedOn.addYears(10).addDays(-1);
    p.passportIssuer = str(home.passportIssuer);
    p.birthPlace = str(pick(home.places));
    const bool bornThere = m_rng.bounded(100) < 60;
    // The forms print the citizenship before it, so the address starts at the town.
    p.permanentAddress = (bornThere ? p.birthPlace : str(pick(home.places))) + QStringLiteral(", ") +
                         str(pick(home.streets)) + QStringLiteral(", д. %1").arg(1 + m_rng.bounded(120));
    // Three in five have been given an IIN by an earlier stay.
    if (m_rng.bounded(5) < 3)
        p.iin = uniqueIin(p.birthDate, male);
    p.phone = kazakhMobile(m_rng);
    p.maritalStatus = m_rng.bounded(3) ? QStringLiteral("married") : QStringLiteral("single");
    p.childrenCount = p.maritalStatus == QLatin1String("married") ? m_rng.bounded(4) : 0;
    return p;
}

Employer DemoGenerator::makeEmployer(int districtId, const QString &address, const QDate &firstReceipt)
{
    const bool male = m_rng.bounded(2) == 0;
    Employer e;
    e.id = uuid();
    e.birthYear = m_today.year() - 28 - m_rng.bounded(45);
    const QDate birth(e.birthYear, 1 + m_rng.bounded(12), 1 + m_rng.bounded(28));
    e.iin = uniqueIin(birth, male);
    const QString surname = str(pick(kazakhSurnames()).cyrillic);
    e.surname = male ? surname : feminine(surname, true);
    e.givenNames = str((male ? pick(kazakhMaleNames()) : pick(kazakhFemaleNames())).cyrillic);
    e.idDocNumber = QString::number(m_rng.bounded(10000000, 99999999)) + QString::number(m_rng.bounded(10));
    e.idDocIssuedOn = firstReceipt.addDays(-1 - m_rng.bounded(3650));
    e.idDocIssuer = QStringLiteral("МВД РК");
    e.registrationAddress = address;
    e.residentialAddress = address;
    e.phone = kazakhMobile(m_rng);
    e.properties = {{uuid(), districtId, address, QString()}};
    return e;
}

DemoFile DemoGenerator::next()
{
    DemoFile file;
    const QString kato = m_cityKatos.at(m_rng.bounded(int(m_cityKatos.size())));
    const int districtId = pick(m_districts.value(kato));
    const City *city = &cities().first();
    for (const City &c : cities())
        if (QLatin1String(c.kato) == kato)
            city = &c;
    // A street and a house of the district's city; one in three employers
    // lives in a house of their own, the others in a flat.
    QString address = QStringLiteral("г. ") + str(city->name) + QStringLiteral(", ") + str(pick(city->streets)) +
                      QStringLiteral(", д. %1").arg(1 + m_rng.bounded(250));
    if (m_rng.bounded(3) > 0)
        address += QStringLiteral(", кв. %1").arg(1 + m_rng.bounded(180));
    const QDateTime receivedAt = randomReceipt(730);
    const QDate receivedOn = receivedAt.toTimeZone(almaty()).date();
    file.immigrant = makeImmigrant(receivedOn);
    file.employer = makeEmployer(districtId, address, receivedOn);
    file.immigrant.temporaryAddress = address;

    file.cases << makeCase(file, kato, receivedAt, ApplicationKind::Issue, nullptr);
    // Some permits are extended: the extension comes in its window (R-EXTEND-WINDOW).
    const auto &permit = file.cases.first().permit;
    if (permit && permit->status != PermitStatus::Revoked && permit->status != PermitStatus::Terminated &&
        file.cases.first().application.requestedMonths <= 9 && m_rng.bounded(100) < 25) {
        const QDate day = permit->validTo.addDays(-(5 + m_rng.bounded(26)));
        if (day <= m_today) {
            const QDateTime at(day, QTime(10 + m_rng.bounded(7), m_rng.bounded(60)), almaty());
            DemoCase ext = makeCase(file, kato, at.toUTC(), ApplicationKind::Extend, &*permit);
            if (ext.permit)
                file.cases.first().permit->status = PermitStatus::Extended;
            file.cases << ext;
        }
    }
    return file;
}

QDate DemoGenerator::workingDayFrom(const QDate &day) const
{
    return m_rules.addWorkingDays(day.addDays(-1), 1);
}

void DemoGenerator::keepFirstCaseOnly(DemoFile &file) const
{
    file.cases.resize(1);
    auto &permit = file.cases.first().permit;
    if (permit && permit->status == PermitStatus::Extended)
        permit->status = permit->validTo < m_today ? PermitStatus::Expired : PermitStatus::InForce;
}

DemoCase DemoGenerator::makeCase(const DemoFile &file, const QString &regionKato, const QDateTime &receivedAt,
                                 ApplicationKind kind, const Permit *extended)
{
    DemoCase c;
    c.regionKato = regionKato;
    Application &a = c.application;
    a.id = uuid();
    a.kind = kind;
    const int channel = m_rng.bounded(100);
    a.channel = channel < 50 ? Channel::StateCorporation : channel < 75 ? Channel::Egov : Channel::Enbek;
    a.districtId = file.employer.properties.first().districtId;
    a.immigrantId = file.immigrant.id;
    a.employerId = file.employer.id;
    a.extendsPermitId = extended ? extended->id : QString();
    a.receivedAt = receivedAt;
    const QDate local = receivedAt.toTimeZone(almaty()).date();
    const QTime localTime = receivedAt.toTimeZone(almaty()).time();
    // R-AFTER-HOURS: after 18:30, or on a day off, the next working day.
    const bool afterHours = localTime >= QTime(18, 30) || local.dayOfWeek() > 5;
    a.effectiveReceivedOn = afterHours ? m_rules.addWorkingDays(local, 1)
                                       : m_rules.addWorkingDays(local.addDays(-1), 1);
    a.decisionDueOn = m_rules.addWorkingDays(a.effectiveReceivedOn, 2);
    static const int months[] = {3, 6, 6, 6, 9, 12, 12, 12, 12, 1};
    a.requestedMonths = months[m_rng.bounded(10)];
    if (extended) {
        const int used = int(extended->chainStart.daysTo(extended->validTo) / 30);
        a.requestedMonths = std::max(1, std::min(a.requestedMonths, 11 - used));
    }
    a.workAddress = file.employer.properties.first().address;
    a.occupation = str(pick(occupations()));
    a.salaryKzt = 150000 + 10000 * m_rng.bounded(16);
    if (a.channel == Channel::Enbek)
        a.intentSignedOn = local.addDays(-m_rng.bounded(8));
    a.version = 1;
    const int ageDays = int(local.daysTo(m_today));
    if (!(ageDays <= 3 && m_rng.bounded(100) < 15)) // some recent ones are still drafts
        a.registryNumber = nextNumber(QLatin1String("registry-") + QString::number(local.year()),
                                      QString::number(local.year()) + u'-');
    fillChecklist(c, file.immigrant);
    decide(c, ageDays, file, extended);
    return c;
}

void DemoGenerator::fillChecklist(DemoCase &c, const Immigrant &immigrant)
{
    for (const QString &code : documentsFor(c.application.kind)) {
        ChecklistItem item;
        item.id = uuid();
        item.docCode = code;
        item.state = m_rng.bounded(100) < 93 ? DocumentState::Present : DocumentState::Missing;
        if (item.state == DocumentState::Present && code == QLatin1String("passport")) {
            item.issuedOn = immigrant.passportIssuedOn; // the passport the immigrant holds
            item.validUntil = immigrant.passportExpiresOn;
        } else if (item.state == DocumentState::Present) {
            item.issuedOn = c.application.effectiveReceivedOn.addDays(-m_rng.bounded(90));
            if (code == QLatin1String("insurance"))
                item.validUntil = item.issuedOn.addMonths(13);
        }
        c.checklist << item;
    }
}

void DemoGenerator::decide(DemoCase &c, int ageDays, const DemoFile &file, const Permit *extended)
{
    Application &a = c.application;
    if (a.registryNumber.isEmpty()) {
        a.status = CaseStatus::Draft;
        return;
    }
    bool missing = false;
    for (const ChecklistItem &item : c.checklist)
        missing |= item.state != DocumentState::Present;
    if (missing) {
        a.status = CaseStatus::RefusedIntake; // R-INCOMPLETE, on the day the documents count as received
        const QDateTime localReceipt = a.receivedAt.toTimeZone(almaty());
        const QDateTime refusedAt =
            localReceipt.date() == a.effectiveReceivedOn
                ? a.receivedAt.addSecs(60 * (10 + m_rng.bounded(50)))
                : QDateTime(a.effectiveReceivedOn, QTime(9, 0), almaty()).addSecs(60 * m_rng.bounded(180)).toUTC();
        Decision d{uuid(), a.id, DecisionKind::RefuseIntake, 0, {}, {}, refusedAt, {}};
        for (const ChecklistItem &item : c.checklist)
            if (item.state != DocumentState::Present)
                d.missingDocuments << item.docCode;
        c.decision = d;
        return;
    }
    // R-DECISION-TERM: on the first or the second working day after the
    // documents came (R-WORKDAY: the store's calendar); one not yet come is pending.
    const QDate decisionDay = m_rules.addWorkingDays(a.effectiveReceivedOn, 1 + m_rng.bounded(2));
    const QDateTime decidedAt = QDateTime(decisionDay, QTime(11, 0), almaty()).toUTC();
    if (ageDays <= 3 || decisionDay > m_today) {
        static const CaseStatus pending[] = {CaseStatus::Submitted, CaseStatus::Accepted, CaseStatus::PoliceCheck};
        a.status = pending[m_rng.bounded(3)];
        if (a.status == CaseStatus::PoliceCheck)
            c.police = PoliceCheck{uuid(), a.id, a.receivedAt, m_rules.addWorkingDays(a.effectiveReceivedOn, 1),
                                   {}, std::nullopt, {}, {}};
        return;
    }
    const bool positive = m_rng.bounded(100) < 92;
    c.police = PoliceCheck{uuid(), a.id, a.receivedAt, m_rules.addWorkingDays(a.effectiveReceivedOn, 1),
                           a.receivedAt.addSecs(20 * 3600), positive, QStringLiteral("МВД-%1").arg(m_rng.bounded(99999)), {}};
    const int roll = m_rng.bounded(100);
    if (!positive || roll < 6) {
        a.status = CaseStatus::Refused;
        c.decision = Decision{uuid(), a.id, DecisionKind::Refuse, positive ? 7 : 3, {}, {}, decidedAt, {}};
        return;
    }
    if (roll < 9) {
        a.status = CaseStatus::Withdrawn;
        return;
    }
    a.status = extended ? CaseStatus::Extended : CaseStatus::Issued;
    c.decision = Decision{uuid(), a.id, extended ? DecisionKind::Extend : DecisionKind::Issue, 0, {}, {}, decidedAt, {}};
    Permit p;
    p.id = uuid();
    p.applicationId = a.id;
    p.immigrantId = file.immigrant.id;
    p.employerId = file.employer.id;
    p.districtId = a.districtId;
    p.validFrom = extended ? extended->validTo.addDays(1) : a.decisionDueOn.addDays(1);
    p.chainStart = extended ? extended->chainStart : p.validFrom;
    p.extendsPermitId = a.extendsPermitId;
    p.validTo = m_rules.permitLastDay(p.validFrom, a.requestedMonths);
    p.issuedAt = decidedAt;
    p.status = p.validTo < m_today ? PermitStatus::Expired : PermitStatus::InForce;
    // Numbered like PermitRepository: <region KATO prefix>-<year>-<sequence>.
    const QString prefix = c.regionKato.left(2) + u'-' + QString::number(decidedAt.date().year()) + u'-';
    p.number = nextNumber(QLatin1String("permit-") + prefix, prefix);
    // R-REVOKE: the head revokes on a working day, on an act of a few days
    // before; the employer notifies an ended contract within two working
    // days (R-TERMINATION). Neither happens after today or after the permit.
    const int fate = m_rng.bounded(100);
    const QDate revoked = workingDayFrom(p.validFrom.addDays(30 + m_rng.bounded(60)));
    const QDate ended = p.validFrom.addDays(45 + m_rng.bounded(60));
    const QDate notified = m_rules.addWorkingDays(ended, m_rng.bounded(2) + 1);
    if (fate < 3 && revoked <= m_today && revoked <= p.validTo) {
        p.status = PermitStatus::Revoked;
        c.revocation = Revocation{p.id, QStringLiteral("Департамент труда и социальной защиты"),
                                  QStringLiteral("%1-02/%2").arg(revoked.month()).arg(m_rng.bounded(999)),
                                  std::min(workingDayFrom(revoked.addDays(-7)), revoked), revoked,
                                  m_rules.addWorkingDays(revoked, 2), m_rules.addWorkingDays(revoked, 1),
                                  revoked.addDays(15), {}};
    } else if (fate < 7 && notified <= m_today && ended <= p.validTo) {
        p.status = PermitStatus::Terminated;
        c.termination = Termination{p.id, ended, m_rules.addWorkingDays(ended, 2), notified, {}, {}};
    }
    if (m_rng.bounded(100) < 2)
        p.copiesIssued = 1;
    c.permit = p;
}

} // namespace ruqsat::demo
