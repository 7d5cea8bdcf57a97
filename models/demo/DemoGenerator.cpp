// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoNames.h"

#include "common/OrderedUuid.h"

#include <QTimeZone>

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

Immigrant DemoGenerator::makeImmigrant()
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
    p.passportIssuedOn = m_today.addDays(-m_rng.bounded(9 * 365));
    p.passportExpiresOn = p.passportIssuedOn.addYears(10).addDays(-1);
    p.passportIssuer = p.citizenship + QStringLiteral(" MIA");
    p.birthPlace = p.citizenship;
    p.permanentAddress = p.citizenship + QStringLiteral(", ") + p.birthPlace;
    // Three in five have been given an IIN by an earlier stay.
    if (m_rng.bounded(5) < 3)
        p.iin = uniqueIin(p.birthDate, male);
    p.phone = QStringLiteral("+7 7%1").arg(m_rng.bounded(10000000, 99999999));
    p.maritalStatus = m_rng.bounded(3) ? QStringLiteral("married") : QStringLiteral("single");
    p.childrenCount = p.maritalStatus == QLatin1String("married") ? m_rng.bounded(4) : 0;
    return p;
}

Employer DemoGenerator::makeEmployer(int districtId, const QString &address)
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
    e.idDocIssuedOn = m_today.addDays(-m_rng.bounded(3650));
    e.idDocIssuer = QStringLiteral("МВД РК");
    e.registrationAddress = address;
    e.residentialAddress = address;
    e.phone = QStringLiteral("+7 70%1").arg(m_rng.bounded(10000000, 99999999));
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
    const QString address = str(city->name) + QStringLiteral(", ") + str(pick(city->streets)) +
                            QStringLiteral(", %1, кв. %2").arg(1 + m_rng.bounded(250)).arg(1 + m_rng.bounded(180));
    file.immigrant = makeImmigrant();
    file.employer = makeEmployer(districtId, address);
    file.immigrant.temporaryAddress = address;

    file.cases << makeCase(file, kato, randomReceipt(730), ApplicationKind::Issue, nullptr);
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
    fillChecklist(c);
    decide(c, ageDays, file, extended);
    return c;
}

void DemoGenerator::fillChecklist(DemoCase &c)
{
    for (const QString &code : documentsFor(c.application.kind)) {
        ChecklistItem item;
        item.id = uuid();
        item.docCode = code;
        item.state = m_rng.bounded(100) < 93 ? DocumentState::Present : DocumentState::Missing;
        if (item.state == DocumentState::Present) {
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
    const QDateTime decidedAt = QDateTime(a.decisionDueOn.addDays(-m_rng.bounded(2)), QTime(11, 0), almaty()).toUTC();
    if (missing) {
        a.status = CaseStatus::RefusedIntake; // R-INCOMPLETE
        Decision d{uuid(), a.id, DecisionKind::RefuseIntake, 0, {}, {}, a.receivedAt, {}};
        for (const ChecklistItem &item : c.checklist)
            if (item.state != DocumentState::Present)
                d.missingDocuments << item.docCode;
        c.decision = d;
        return;
    }
    if (ageDays <= 3) {
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
    const int fate = m_rng.bounded(100);
    if (fate < 3 && p.validFrom.addDays(30) <= m_today) {
        p.status = PermitStatus::Revoked; // R-REVOKE
        const QDate revoked = p.validFrom.addDays(30 + m_rng.bounded(60));
        c.revocation = Revocation{p.id, QStringLiteral("Департамент труда и социальной защиты"),
                                  QStringLiteral("%1-02/%2").arg(revoked.month()).arg(m_rng.bounded(999)),
                                  revoked.addDays(-3), revoked, m_rules.addWorkingDays(revoked, 2),
                                  m_rules.addWorkingDays(revoked, 1), revoked.addDays(15), {}};
    } else if (fate < 7 && p.validFrom.addDays(45) <= m_today) {
        p.status = PermitStatus::Terminated; // R-TERMINATION
        const QDate ended = p.validFrom.addDays(45 + m_rng.bounded(60));
        c.termination = Termination{p.id, ended, m_rules.addWorkingDays(ended, 2),
                                    m_rules.addWorkingDays(ended, m_rng.bounded(2) + 1), {}, {}};
    }
    if (m_rng.bounded(100) < 2)
        p.copiesIssued = 1;
    c.permit = p;
}

} // namespace ruqsat::demo
