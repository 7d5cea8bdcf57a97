// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyCheck.h"

#include "records/DistrictBodies.h"

#include <QCoreApplication>
#include <algorithm>

namespace ruqsat::printing {

namespace {

bool printsIssuer(Form form)
{
    return form != Form::Agreement && form != Form::IntakeRefusal;
}

bool printsHead(Form form)
{
    return form == Form::Permit || form == Form::Revocation || form == Form::RevocationPolice;
}

// The keys `item` prints, in the item's language.
QStringList keysPrinted(const PrintItem &item)
{
    const QString suffix = u'_' + languageCode(item.language);
    QStringList keys;
    if (printsIssuer(item.form))
        keys << QStringLiteral("issuing_body.name") + suffix;
    if (printsHead(item.form))
        keys << QStringLiteral("issuing_body.head_position") + suffix << QStringLiteral("issuing_body.head_name");
    if (item.form == Form::RevocationPolice) // R-REVOKE-POLICE: the addressee
        keys << QStringLiteral("police_body.name") + suffix;
    return keys;
}

bool isSet(const QVariantHash &values, const QString &key)
{
    if (!values.value(key).toString().trimmed().isEmpty())
        return true;
    // The English forms print the Russian name when there is no English one.
    return key.endsWith(QLatin1String("_en")) &&
           !values.value(key.chopped(3) + QStringLiteral("_ru")).toString().trimmed().isEmpty();
}
} // namespace

QList<MissingBodies> missingBodies(const QList<PrintItem> &items)
{
    QList<MissingBodies> missing;
    for (const PrintItem &item : items) {
        const QVariantHash &values = item.record.values;
        const int districtId = values.value(QStringLiteral("district_id")).toInt();
        auto entry = std::find_if(missing.begin(), missing.end(),
                                  [districtId](const MissingBodies &m) { return m.districtId == districtId; });
        for (const QString &key : keysPrinted(item)) {
            if (isSet(values, key))
                continue;
            if (entry == missing.end()) {
                missing.append({districtId, store::districtName(values), {}});
                entry = missing.end() - 1;
            }
            if (!entry->keys.contains(key))
                entry->keys << key;
        }
    }
    // In the order an administrator fills them in, whatever the forms' order.
    for (MissingBodies &m : missing) {
        QStringList ordered;
        for (const records::DistrictBodyField &field : records::districtBodyFields())
            if (m.keys.contains(field.key))
                ordered << field.key;
        m.keys = ordered;
    }
    return missing;
}

QString describeMissingBodies(const QList<MissingBodies> &missing)
{
    QStringList lines;
    for (const MissingBodies &m : missing) {
        QStringList captions;
        for (const QString &key : m.keys)
            captions << records::districtBodyCaption(*records::districtBodyField(key));
        lines << QCoreApplication::translate("ruqsat::printing::BodyCheck", "Not set for the district %1: %2.")
                     .arg(m.districtName, captions.join(QLatin1String("; ")));
    }
    return lines.join(u'\n');
}

} // namespace ruqsat::printing
