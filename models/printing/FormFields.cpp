// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFields.h"

#include "FieldBuilder.h"
#include "QrPayload.h"

namespace ruqsat::printing {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString bodyForQr(const QVariantHash &v)
{
    // The state language first: the QR is the same on every language's page.
    const QString kk = v.value(QStringLiteral("issuing_body.name_kk")).toString();
    return kk.isEmpty() ? v.value(QStringLiteral("issuing_body.name_ru")).toString() : kk;
}

} // namespace

QString qrPayload(Form form, const QVariantHash &v, const FormOptions &options)
{
    const auto &key = options.qrSigner;
    const QString iin = v.value(QStringLiteral("immigrant_iin")).toString();
    if (form == Form::Permit) {
        const QDate issued = v.value(QStringLiteral("issued_at")).toDateTime().toLocalTime().date();
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("T"), QStringLiteral("P")},
            {QStringLiteral("N"), v.value(QStringLiteral("permit_number")).toString()}};
        // R-DUPLICATE: a copy says so, and which one, under the check value.
        if (options.copyNumber > 0)
            fields.append({QStringLiteral("K"), QString::number(options.copyNumber)});
        fields.append({QStringLiteral("IIN"), iin});
        fields.append(
            {QStringLiteral("F"), isoDate(v.value(QStringLiteral("valid_from")).toDate())});
        fields.append({QStringLiteral("U"), isoDate(v.value(QStringLiteral("valid_to")).toDate())});
        fields.append({QStringLiteral("D"), isoDate(issued)});
        fields.append({QStringLiteral("B"), bodyForQr(v)});
        return QrPayload::build(fields, key);
    }
    if (form == Form::Refusal) {
        const QDate decided = v.value(QStringLiteral("decided_at")).toDateTime().toLocalTime().date();
        return QrPayload::build({{QStringLiteral("T"), QStringLiteral("R")},
                                 {QStringLiteral("N"), v.value(QStringLiteral("registry_number")).toString()},
                                 {QStringLiteral("IIN"), iin},
                                 {QStringLiteral("PP"), v.value(QStringLiteral("passport_number")).toString()},
                                 {QStringLiteral("G"), v.value(QStringLiteral("ground_id")).toString()},
                                 {QStringLiteral("D"), isoDate(decided)},
                                 {QStringLiteral("B"), bodyForQr(v)}},
                                key);
    }
    return {};
}

FormContext formContext(Form form, Language language, const store::PrintRecord &record,
                        const FormOptions &options)
{
    FieldBuilder b(language, record.values);
    switch (form) {
    case Form::Application:
        applicationFields(b, record);
        break;
    case Form::Agreement:
        agreementFields(b);
        break;
    case Form::IntakeRefusal:
        intakeRefusalFields(b);
        break;
    case Form::Permit:
        permitFields(b, options);
        break;
    case Form::Termination:
        terminationFields(b);
        break;
    case Form::Refusal:
        refusalFields(b);
        break;
    case Form::Revocation:
        revocationFields(b);
        break;
    case Form::RevocationPolice:
        revokedPermitsFields(b, record);
        break;
    }
    if (hasQrCode(form)) {
        const QString payload = qrPayload(form, record.values, options);
        b.context().images.insert(QStringLiteral("ruqsat-qr"), QrPayload::image(payload, 8));
        // 151 px at 96 px to the inch: a 40 mm square.
        b.context().fields.insert(QStringLiteral("qr_code"),
                                  {QStringLiteral("<img src=\"ruqsat-qr\" width=\"151\" height=\"151\" />"),
                                   true});
    }
    return b.take();
}

} // namespace ruqsat::printing
