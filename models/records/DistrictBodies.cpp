// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictBodies.h"

#include "domain/FieldLimits.h"

#include <QCoreApplication>

namespace ruqsat::records {

const QList<DistrictBodyField> &districtBodyFields()
{
    // The lengths are domain::FieldLimits' ("district.issuingBodyKk"...),
    // which the schema's CHECKs repeat.
    const auto limit = [](const char *field) {
        return domain::FieldLimits::maxLength(QLatin1String(field));
    };
    static const QList<DistrictBodyField> fields = {
        {QStringLiteral("issuing_body.name_kk"), &DistrictBodies::issuingBodyKk,
         limit("district.issuingBodyKk"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in Kazakh")},
        {QStringLiteral("issuing_body.name_ru"), &DistrictBodies::issuingBodyRu,
         limit("district.issuingBodyRu"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in Russian")},
        {QStringLiteral("issuing_body.name_en"), &DistrictBodies::issuingBodyEn,
         limit("district.issuingBodyEn"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in English")},
        {QStringLiteral("issuing_body.head_name"), &DistrictBodies::headName,
         limit("district.headName"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies",
                           "Head's full name (signs the permits)")},
        {QStringLiteral("issuing_body.head_position_kk"), &DistrictBodies::headPositionKk,
         limit("district.headPositionKk"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in Kazakh")},
        {QStringLiteral("issuing_body.head_position_ru"), &DistrictBodies::headPositionRu,
         limit("district.headPositionRu"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in Russian")},
        {QStringLiteral("issuing_body.head_position_en"), &DistrictBodies::headPositionEn,
         limit("district.headPositionEn"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in English")},
        {QStringLiteral("police_body.name_kk"), &DistrictBodies::policeBodyKk,
         limit("district.policeBodyKk"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Police body, in Kazakh")},
        {QStringLiteral("police_body.name_ru"), &DistrictBodies::policeBodyRu,
         limit("district.policeBodyRu"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Police body, in Russian")},
        {QStringLiteral("police_body.name_en"), &DistrictBodies::policeBodyEn,
         limit("district.policeBodyEn"),
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Police body, in English")},
    };
    return fields;
}

const DistrictBodyField *districtBodyField(const QString &key)
{
    for (const DistrictBodyField &field : districtBodyFields())
        if (field.key == key)
            return &field;
    return nullptr;
}

QString districtBodyCaption(const DistrictBodyField &field)
{
    return QCoreApplication::translate("ruqsat::records::DistrictBodies", field.caption);
}

} // namespace ruqsat::records
