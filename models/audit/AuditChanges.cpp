// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChanges.h"

#include "domain/DocumentCatalogue.h"
#include "domain/TypedDate.h"
#include "records/CodeLabels.h"
#include "records/RecordChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ruqsat::audit {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::audit::AuditChanges)
};

// The checklist groups its changes by document under "lines": the group's
// own name says nothing a clerk needs.
const QLatin1String kGroupKey("lines");
const QLatin1String kVersionKey("version");

bool isStep(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return v.isObject() && o.size() == 2 && o.contains(QLatin1String("before")) &&
           o.contains(QLatin1String("after"));
}

template <typename E> QString codeLabel(const QString &text)
{
    const auto value = records::fromCode<E>(text);
    return value ? records::label(*value) : text;
}

// A stored code read as its label, by the field that holds it.
QString showCode(const QString &field, const QString &text)
{
    if (field == QLatin1String("status"))
        return codeLabel<records::CaseStatus>(text);
    if (field == QLatin1String("state"))
        return codeLabel<records::DocumentState>(text);
    if (field == QLatin1String("kind"))
        return codeLabel<records::ApplicationKind>(text);
    if (field == QLatin1String("channel"))
        return codeLabel<records::Channel>(text);
    return text;
}

QString showValue(const QString &field, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double:
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << showValue(field, item);
        return items.isEmpty() ? QStringLiteral("—") : items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        break;
    }
    const QString text = v.toString();
    if (text.isEmpty())
        return QStringLiteral("—");
    // Dates as clerks type and read them; times of day in the desk's time.
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return domain::TypedDate::format(day);
    }
    if (text.size() > 10 && text.at(10) == u'T') {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    return showCode(field, text);
}

// The table whose columns an entity's details name (records::fieldLabel);
// empty when its details are not a record's fields.
QString tableOf(const QString &entity)
{
    if (entity == QLatin1String("application"))
        return QStringLiteral("applications");
    if (entity == QLatin1String("immigrant"))
        return QStringLiteral("immigrants");
    if (entity == QLatin1String("employer"))
        return QStringLiteral("employers");
    return {};
}

// How the rows of a record name their keys: by the labels of its fields, the
// checklist's documents by their names; without a record, as stored.
struct Naming
{
    QString table;

    QString field(const QString &key) const
    {
        const QString label = table.isEmpty() ? QString() : records::fieldLabel(table, key);
        return label.isEmpty() ? key : label;
    }
    QString document(const QString &code) const
    {
        if (table.isEmpty())
            return code;
        const auto type = domain::DocumentCatalogue::find(code);
        return type ? type->name.in(domain::screenLanguage()) : code;
    }
};

void addLines(const QJsonObject &object, const QString &path, const Naming &naming,
              QStringList &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (path.isEmpty() && key == kVersionKey)
            continue;
        if (path.isEmpty() && key == kGroupKey && it.value().isObject() && !isStep(it.value())) {
            const QJsonObject documents = it.value().toObject();
            const Naming lines{naming.table.isEmpty() ? QString()
                                                      : QStringLiteral("checklist_items")};
            for (auto doc = documents.begin(); doc != documents.end(); ++doc) {
                if (doc.value().isObject())
                    addLines(doc.value().toObject(), naming.document(doc.key()), lines, out);
                else
                    out << naming.document(doc.key()) + QLatin1String(": ") +
                               showValue(doc.key(), doc.value());
            }
            continue;
        }
        const QString field = naming.field(key);
        const QString name = path.isEmpty() ? field : path + QLatin1String(" / ") + field;
        if (isStep(it.value())) {
            const QJsonObject step = it.value().toObject();
            out << name + QLatin1String(": ") +
                       showValue(key, step.value(QLatin1String("before"))) + QStringLiteral(" → ") +
                       showValue(key, step.value(QLatin1String("after")));
        } else if (it.value().isObject()) {
            addLines(it.value().toObject(), name, Naming{}, out);
        } else {
            out << name + QLatin1String(": ") + showValue(key, it.value());
        }
    }
}

} // namespace

QStringList AuditChanges::lines(const QJsonObject &details, const QString &entity)
{
    QStringList out;
    addLines(details, {}, Naming{tableOf(entity)}, out);
    return out;
}

QString AuditChanges::actionLabel(const QString &entity, const QString &action)
{
    const bool ofCase = entity == QLatin1String("application");
    if (ofCase && action.startsWith(QLatin1String("status:")))
        return Tr::tr("Status set: %1").arg(showCode(QStringLiteral("status"), action.mid(7)));
    // By "entity/action": the same action of another record is another step.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("application/create"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Case created")},
        {QStringLiteral("application/update"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Case edited")},
        {QStringLiteral("application/register"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Case registered")},
        {QStringLiteral("application/checklist"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Checklist saved")},
        {QStringLiteral("application/arrival_checks"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Checks on arrival recorded")},
        {QStringLiteral("application/police_request"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Sent to the police")},
        {QStringLiteral("application/police_answer"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Police answer recorded")},
        {QStringLiteral("application/decision:issue"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Decision: issue the permit")},
        {QStringLiteral("application/decision:extend"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Decision: extend the permit")},
        {QStringLiteral("application/decision:refuse"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Decision: refuse")},
        {QStringLiteral("application/decision:refuse_intake"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Documents refused at intake")},
        {QStringLiteral("application/attach"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Scan attached")},
        {QStringLiteral("application/detach"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Scan removed")},
        {QStringLiteral("application/quota_reserve"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Quota place reserved")},
        {QStringLiteral("application/quota_release"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Quota place released")},
        {QStringLiteral("application/quota_reservation_expired"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Quota reservation expired")},
        {QStringLiteral("permit/issue"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Permit issued")},
        {QStringLiteral("permit/copy"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Copy of the permit issued")},
        {QStringLiteral("permit/terminate"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Permit terminated")},
        {QStringLiteral("permit/revoke"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Permit revoked")},
        {QStringLiteral("permit/expire"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Permit expired")},
        {QStringLiteral("permit/labour_contract"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Labour contract recorded")},
        {QStringLiteral("immigrant/create"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Immigrant's record created")},
        {QStringLiteral("immigrant/update"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Immigrant's record edited")},
        {QStringLiteral("employer/create"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Employer's record created")},
        {QStringLiteral("employer/update"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Employer's record edited")},
        {QStringLiteral("complaint/register"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Complaint registered")},
        {QStringLiteral("complaint/resolve"),
         QT_TRANSLATE_NOOP("ruqsat::audit::AuditChanges", "Complaint resolved")},
    };
    if (const char *text = labels.value(entity + u'/' + action))
        return Tr::tr(text);
    return ofCase ? action : entity + u'/' + action;
}

} // namespace ruqsat::audit
