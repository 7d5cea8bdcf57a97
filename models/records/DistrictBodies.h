// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ruqsat::records {

// Who a district's forms name: the akimat that issues its permits, the head
// who signs them, and the police body its Appendix 9 goes to
// (R-REVOKE-POLICE). One store holds many districts, so these belong to each
// district (schema 6), not to the store.
struct DistrictBodies
{
    QString issuingBodyKk, issuingBodyRu, issuingBodyEn;
    QString headPositionKk, headPositionRu, headPositionEn;
    QString headName;
    QString policeBodyKk, policeBodyRu, policeBodyEn;

    bool operator==(const DistrictBodies &other) const = default;
};

// One field of DistrictBodies, named by the key that the command line, the
// audit log and the print records use: the key of the store-wide setting it
// replaces ("issuing_body.name_kk"), so that scripts and templates keep
// their words.
struct DistrictBodyField
{
    QString key;
    QString DistrictBodies::*member;
    int maxLength;       // the schema's CHECK
    const char *caption; // see districtBodyCaption()
};

// Every field, in the order an administrator fills them in: who issues, who
// signs, whom the police notices go to.
const QList<DistrictBodyField> &districtBodyFields();
// The field of `key`, or nullptr for a key that is not one.
const DistrictBodyField *districtBodyField(const QString &key);
// What the field is, in the language of the screens ("Issuing body, in Kazakh").
QString districtBodyCaption(const DistrictBodyField &field);

} // namespace ruqsat::records
