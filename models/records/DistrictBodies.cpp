// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictBodies.h"

#include <QCoreApplication>

namespace ruqsat::records {

const QList<DistrictBodyField> &districtBodyFields()
{
    // Lengths as in schema 6: an akimat's full name is under a hundred
    // letters; the limits leave room without letting a pasted page through.
    static const QList<DistrictBodyField> fields = {
        {QStringLiteral("issuing_body.name_kk"), &DistrictBodies::issuingBodyKk, 300,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in Kazakh")},
        {QStringLiteral("issuing_body.name_ru"), &DistrictBodies::issuingBodyRu, 300,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in Russian")},
        {QStringLiteral("issuing_body.name_en"), &DistrictBodies::issuingBodyEn, 300,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Issuing body, in English")},
        {QStringLiteral("issuing_body.head_name"), &DistrictBodies::headName, 200,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's full name (signs the permits)")},
        {QStringLiteral("issuing_body.head_position_kk"), &DistrictBodies::headPositionKk, 200,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in Kazakh")},
        {QStringLiteral("issuing_body.head_position_ru"), &DistrictBodies::headPositionRu, 200,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in Russian")},
        {QStringLiteral("issuing_body.head_position_en"), &DistrictBodies::headPositionEn, 200,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Head's position, in English")},
        {QStringLiteral("police_body.name_kk"), &DistrictBodies::policeBodyKk, 300,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Police body, in Kazakh")},
        {QStringLiteral("police_body.name_ru"), &DistrictBodies::policeBodyRu, 300,
         QT_TRANSLATE_NOOP("ruqsat::records::DistrictBodies", "Police body, in Russian")},
        {QStringLiteral("police_body.name_en"), &DistrictBodies::policeBodyEn, 300,
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
