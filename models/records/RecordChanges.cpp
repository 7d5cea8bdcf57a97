// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChanges.h"

#include "CodeLabels.h"
#include "domain/FieldLimits.h"
#include "domain/TypedDate.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

namespace ruqsat::records {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::records::RecordChanges)
};

// One field of a record: its column, its label (none: the label of its
// length limit, so a text field is named the same everywhere), how to read
// it, and how a clerk reads a value of it.
template <typename R> struct Field
{
    const char *key;
    const char *label;
    QVariant (*get)(const R &);
    QString (*show)(const QVariant &) = nullptr;
};

QString showValue(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<QDate>())
        return domain::TypedDate::format(v.toDate());
    if (v.metaType() == QMetaType::fromType<QDateTime>())
        return QLocale().toString(v.toDateTime().toTimeZone(QTimeZone("Asia/Almaty")),
                                  QLocale::ShortFormat);
    return v.toString();
}

template <typename E> QString showCode(const QVariant &v)
{
    const auto value = fromCode<E>(v.toString());
    return value ? label(*value) : v.toString();
}

QString showSex(const QVariant &v)
{
    const QString s = v.toString();
    if (s == QLatin1String("M"))
        return Tr::tr("male");
    if (s == QLatin1String("F"))
        return Tr::tr("female");
    return s;
}

QVariant text(const QString &s)
{
    return s;
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

template <typename R> QString labelOf(const QString &table, const Field<R> &f)
{
    if (f.label)
        return Tr::tr(f.label);
    const auto *limit = domain::FieldLimits::findColumn(table, QLatin1String(f.key));
    return limit ? limit->labelText() : QLatin1String(f.key);
}

template <typename R>
QString findLabel(const QString &table, const QList<Field<R>> &fields, const QString &key)
{
    for (const Field<R> &f : fields)
        if (key == QLatin1String(f.key))
            return labelOf(table, f);
    return {};
}

template <typename R>
QList<FieldChange> compare(const QString &table, const QList<Field<R>> &fields, const R &before,
                           const R &after)
{
    QList<FieldChange> list;
    for (const Field<R> &f : fields) {
        const QVariant a = f.get(before);
        const QVariant b = f.get(after);
        if (a == b || (a.isNull() && b.isNull()))
            continue;
        FieldChange c;
        c.key = QLatin1String(f.key);
        c.label = labelOf(table, f);
        c.before = a;
        c.after = b;
        const auto show = f.show ? f.show : showValue;
        c.beforeText = show(a);
        c.afterText = show(b);
        list << c;
    }
    return list;
}

// Lists compare member by member (a property's district too) and read as
// one line each; the audit keeps every member's fields.
QVariant familyValue(const QList<FamilyMember> &family)
{
    QVariantList list;
    for (const FamilyMember &m : family)
        list << QVariantMap{
            {QStringLiteral("relation"), m.relation},
            {QStringLiteral("full_name"), m.fullName},
            {QStringLiteral("birth_year"), m.birthYear ? QVariant(m.birthYear) : QVariant()}};
    return list;
}

QString showFamily(const QVariant &v)
{
    QStringList lines;
    for (const QVariant &member : v.toList()) {
        const QVariantMap m = member.toMap();
        const QVariant year = m.value(QStringLiteral("birth_year"));
        lines << (year.isNull() ? m.value(QStringLiteral("full_name")).toString()
                                : QStringLiteral("%1 (%2)")
                                      .arg(m.value(QStringLiteral("full_name")).toString())
                                      .arg(year.toInt()));
    }
    return lines.join(QLatin1String("; "));
}

QVariant propertiesValue(const QList<Property> &properties)
{
    QVariantList list;
    for (const Property &p : properties)
        list << QVariantMap{
            {QStringLiteral("address"), p.address},
            {QStringLiteral("cadastral_number"), p.cadastralNumber},
            {QStringLiteral("district_id"), p.districtId ? QVariant(p.districtId) : QVariant()}};
    return list;
}

QString showProperties(const QVariant &v)
{
    QStringList lines;
    for (const QVariant &property : v.toList())
        lines << property.toMap().value(QStringLiteral("address")).toString();
    return lines.join(QLatin1String("; "));
}

} // namespace

namespace {
const QList<Field<Immigrant>> &immigrantFields()
{
    using I = Immigrant;
    static const QList<Field<I>> fields = {
        {"surname_lat", nullptr, [](const I &p) { return text(p.surnameLat); }},
        {"given_names_lat", nullptr, [](const I &p) { return text(p.givenNamesLat); }},
        {"patronymic_lat", nullptr, [](const I &p) { return text(p.patronymicLat); }},
        {"surname_cyr", nullptr, [](const I &p) { return text(p.surnameCyr); }},
        {"given_names_cyr", nullptr, [](const I &p) { return text(p.givenNamesCyr); }},
        {"patronymic_cyr", nullptr, [](const I &p) { return text(p.patronymicCyr); }},
        {"sex", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Sex"),
         [](const I &p) { return text(p.sex); }, showSex},
        {"birth_date", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Date of birth"),
         [](const I &p) { return day(p.birthDate); }},
        {"birth_place", nullptr, [](const I &p) { return text(p.birthPlace); }},
        {"citizenship", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Citizenship"),
         [](const I &p) { return text(p.citizenship); }},
        {"iin", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "IIN"),
         [](const I &p) { return text(p.iin); }},
        {"passport_series", nullptr, [](const I &p) { return text(p.passportSeries); }},
        {"passport_number", nullptr, [](const I &p) { return text(p.passportNumber); }},
        {"passport_issued_on",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Passport issued on"),
         [](const I &p) { return day(p.passportIssuedOn); }},
        {"passport_expires_on",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Passport valid until"),
         [](const I &p) { return day(p.passportExpiresOn); }},
        {"passport_issuer", nullptr, [](const I &p) { return text(p.passportIssuer); }},
        {"permanent_address", nullptr, [](const I &p) { return text(p.permanentAddress); }},
        {"temporary_address", nullptr, [](const I &p) { return text(p.temporaryAddress); }},
        {"phone", nullptr, [](const I &p) { return text(p.phone); }},
        {"marital_status", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Marital status"),
         [](const I &p) { return text(p.maritalStatus); }},
        {"children_count",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Number of children"),
         [](const I &p) { return QVariant(p.childrenCount); }},
        {"home_phone", nullptr, [](const I &p) { return text(p.homePhone); }},
        {"family", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Family"),
         [](const I &p) { return familyValue(p.family); }, showFamily},
    };
    return fields;
}
} // namespace

QList<FieldChange> changes(const Immigrant &before, const Immigrant &after)
{
    return compare(QStringLiteral("immigrants"), immigrantFields(), before, after);
}

namespace {
const QList<Field<Employer>> &employerFields()
{
    using E = Employer;
    static const QList<Field<E>> fields = {
        {"iin", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Employer's IIN"),
         [](const E &e) { return text(e.iin); }},
        {"surname", nullptr, [](const E &e) { return text(e.surname); }},
        {"given_names", nullptr, [](const E &e) { return text(e.givenNames); }},
        {"patronymic", nullptr, [](const E &e) { return text(e.patronymic); }},
        {"birth_year",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Employer's year of birth"),
         [](const E &e) { return e.birthYear ? QVariant(e.birthYear) : QVariant(); }},
        {"id_doc_number", nullptr, [](const E &e) { return text(e.idDocNumber); }},
        {"id_doc_issued_on",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges",
                           "Employer's identity document issued on"),
         [](const E &e) { return day(e.idDocIssuedOn); }},
        {"id_doc_issuer", nullptr, [](const E &e) { return text(e.idDocIssuer); }},
        {"registration_address", nullptr, [](const E &e) { return text(e.registrationAddress); }},
        {"residential_address", nullptr, [](const E &e) { return text(e.residentialAddress); }},
        {"phone", nullptr, [](const E &e) { return text(e.phone); }},
        {"properties", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Real estate owned"),
         [](const E &e) { return propertiesValue(e.properties); }, showProperties},
    };
    return fields;
}
} // namespace

QList<FieldChange> changes(const Employer &before, const Employer &after)
{
    return compare(QStringLiteral("employers"), employerFields(), before, after);
}

namespace {
const QList<Field<Application>> &applicationFields()
{
    using A = Application;
    static const QList<Field<A>> fields = {
        {"status", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Status"),
         [](const A &a) { return text(code(a.status)); }, showCode<CaseStatus>},
        {"registry_number", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Registry number"),
         [](const A &a) { return text(a.registryNumber); }},
        {"kind", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Issue or extend"),
         [](const A &a) { return text(code(a.kind)); }, showCode<ApplicationKind>},
        {"channel", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Channel"),
         [](const A &a) { return text(code(a.channel)); }, showCode<Channel>},
        {"district_id", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "District"),
         [](const A &a) { return a.districtId ? QVariant(a.districtId) : QVariant(); }},
        {"immigrant_id", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Labour immigrant"),
         [](const A &a) { return text(a.immigrantId); }},
        {"employer_id", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Employer"),
         [](const A &a) { return text(a.employerId); }},
        {"extends_permit_id",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Permit extended"),
         [](const A &a) { return text(a.extendsPermitId); }},
        {"received_at", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Received"),
         [](const A &a) {
             return a.receivedAt.isValid() ? QVariant(a.receivedAt.toUTC()) : QVariant();
         }},
        {"effective_received_on",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Counted as received on"),
         [](const A &a) { return day(a.effectiveReceivedOn); }},
        {"decision_due_on", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Decision due"),
         [](const A &a) { return day(a.decisionDueOn); }},
        {"requested_months",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Term asked, months"),
         [](const A &a) { return QVariant(a.requestedMonths); }},
        {"work_address", nullptr, [](const A &a) { return text(a.workAddress); }},
        {"occupation", nullptr, [](const A &a) { return text(a.occupation); }},
        {"salary_kzt", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Salary, tenge"),
         [](const A &a) { return a.salaryKzt ? QVariant(*a.salaryKzt) : QVariant(); }},
        {"intent_signed_on",
         QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Agreement of intent signed on"),
         [](const A &a) { return day(a.intentSignedOn); }},
    };
    return fields;
}
} // namespace

QList<FieldChange> changes(const Application &before, const Application &after)
{
    return compare(QStringLiteral("applications"), applicationFields(), before, after);
}

namespace {
const QList<Field<ChecklistItem>> &checklistFields()
{
    using C = ChecklistItem;
    static const QList<Field<C>> fields = {
        {"state", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "State"),
         [](const C &c) { return text(code(c.state)); }, showCode<DocumentState>},
        {"doc_number", nullptr, [](const C &c) { return text(c.docNumber); }},
        {"issued_on", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Date"),
         [](const C &c) { return day(c.issuedOn); }},
        {"valid_until", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Valid until"),
         [](const C &c) { return day(c.validUntil); }},
        {"note", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Note"),
         [](const C &c) { return text(c.note); }},
        // R-REFUSE-7: the amount paid on the IIT receipt.
        {"amount_kzt", QT_TRANSLATE_NOOP("ruqsat::records::RecordChanges", "Amount paid, KZT"),
         [](const C &c) { return c.amountKzt ? QVariant(*c.amountKzt) : QVariant(); }},
    };
    return fields;
}
} // namespace

QList<FieldChange> changes(const ChecklistItem &before, const ChecklistItem &after)
{
    return compare(QStringLiteral("checklist_items"), checklistFields(), before, after);
}

QString fieldLabel(const QString &table, const QString &key)
{
    if (table == QLatin1String("immigrants"))
        return findLabel(table, immigrantFields(), key);
    if (table == QLatin1String("employers"))
        return findLabel(table, employerFields(), key);
    if (table == QLatin1String("applications"))
        return findLabel(table, applicationFields(), key);
    if (table == QLatin1String("checklist_items"))
        return findLabel(table, checklistFields(), key);
    return {};
}

QJsonObject auditDetails(const QList<FieldChange> &changes)
{
    auto json = [](const QVariant &v) -> QJsonValue {
        if (v.isNull())
            return QJsonValue::Null;
        if (v.metaType() == QMetaType::fromType<QDate>())
            return v.toDate().toString(Qt::ISODate);
        if (v.metaType() == QMetaType::fromType<QDateTime>())
            return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        if (v.metaType() == QMetaType::fromType<int>() ||
            v.metaType() == QMetaType::fromType<qint64>())
            return v.toLongLong();
        if (v.metaType() == QMetaType::fromType<QVariantList>())
            return QJsonValue::fromVariant(v);
        return v.toString();
    };
    QJsonObject details;
    for (const FieldChange &c : changes)
        details.insert(c.key, QJsonObject{{QStringLiteral("before"), json(c.before)},
                                          {QStringLiteral("after"), json(c.after)}});
    return details;
}

} // namespace ruqsat::records
