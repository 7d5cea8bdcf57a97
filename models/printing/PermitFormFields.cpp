// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of the forms printed for a permit: Appendices 5, 6, 8 and 9.
#include "FieldBuilder.h"
#include "FormFields.h"

namespace ruqsat::printing {

namespace {

// A permit revoked, terminated or past its last day prints only under the
// mark that says so, with the reason and its date: a paper that looks
// valid must never leave the akimat for a permit that is not.
PageMark outOfForceMark(const FieldBuilder &b, const QDate &today)
{
    const QString status = b.raw(QStringLiteral("permit_status"));
    const QDate validTo = b.rawDate(QStringLiteral("valid_to"));
    QString reason;
    QDate since;
    if (status == QLatin1String("revoked")) {
        reason = b.inLanguage(QStringLiteral("Кері қайтарылды"), QStringLiteral("Отозвано"),
                              QStringLiteral("Revoked"));
        since = b.rawDate(QStringLiteral("revoked_on"));
    } else if (status == QLatin1String("terminated")) {
        reason = b.inLanguage(QStringLiteral("Қолданылуы тоқтатылды"),
                              QStringLiteral("Действие прекращено"), QStringLiteral("Terminated"));
        since = b.rawDate(QStringLiteral("contract_ended_on"));
    } else if (status == QLatin1String("expired") || (validTo.isValid() && validTo < today)) {
        // An extended permit too: after its last day its extension is in force, not it.
        reason = b.inLanguage(QStringLiteral("Қолданылу мерзімі өтті"),
                              QStringLiteral("Срок действия истёк"), QStringLiteral("Expired"));
        since = validTo;
    } else {
        return {};
    }
    const QString word = b.inLanguage(QStringLiteral("ЖАРАМСЫЗ"), QStringLiteral("НЕДЕЙСТВИТЕЛЬНО"),
                                      QStringLiteral("INVALID"));
    return {word, since.isValid() ? reason + u' ' + since.toString(QStringLiteral("dd.MM.yyyy"))
                                  : reason};
}

} // namespace

void permitFields(FieldBuilder &b, const FormOptions &options)
{
    b.text(QStringLiteral("permit_number"), b.raw(QStringLiteral("permit_number")));
    b.text(QStringLiteral("extended_permit_number"), b.raw(QStringLiteral("extended_permit_number")), 14);
    b.text(QStringLiteral("immigrant_full_name_latin"), b.latinName());
    b.text(QStringLiteral("passport_series_number"), b.passportSeriesNumber());
    b.text(QStringLiteral("citizenship"), b.localized(QStringLiteral("citizenship")));
    b.text(QStringLiteral("iin"), b.raw(QStringLiteral("immigrant_iin")), 12);
    b.shortDate(QStringLiteral("valid_from"), b.rawDate(QStringLiteral("valid_from")));
    b.shortDate(QStringLiteral("valid_to"), b.rawDate(QStringLiteral("valid_to")));
    b.text(QStringLiteral("region"), b.localized(QStringLiteral("region")));
    b.text(QStringLiteral("issuing_body_name"), b.issuingBody());
    b.text(QStringLiteral("signatory_position"), b.headPosition());
    b.text(QStringLiteral("signatory_full_name"), b.raw(QStringLiteral("issuing_body.head_name")));
    // The form prints the issue date as КК/АА/ЖЖЖЖ (DD/MM/YYYY).
    b.shortDate(QStringLiteral("issue_date"), b.localDate(QStringLiteral("issued_at")), u'/');
    // R-DUPLICATE: a copy carries a visible mark and the same number.
    // "Телнұсқа" is the Kazakh for a duplicate issued in place of a lost one.
    b.flag(QStringLiteral("is_copy"), options.copyNumber > 0);
    b.context().fields.insert(QStringLiteral("copy_mark"),
                              {b.inLanguage(QStringLiteral("ТЕЛНҰСҚА"), QStringLiteral("ДУБЛИКАТ"),
                                            QStringLiteral("DUPLICATE")),
                               false});
    b.context().mark =
        outOfForceMark(b, options.today.isValid() ? options.today : QDate::currentDate());
}

void terminationFields(FieldBuilder &b)
{
    b.text(QStringLiteral("addressee_body_name"), b.issuingBody());
    b.text(QStringLiteral("sender_full_name"), b.employerName());
    b.text(QStringLiteral("employer_full_name"), b.employerName());
    b.text(QStringLiteral("employer_iin"), b.raw(QStringLiteral("employer_iin")));
    // «2026 жылғы "27" наурыздағы № … рұқсаттың»: the permit of that date.
    b.longDate(QStringLiteral("permit_issue_date"), b.localDate(QStringLiteral("issued_at")),
               KazakhCase::AttributiveLocative);
    b.text(QStringLiteral("permit_number"), b.raw(QStringLiteral("permit_number")));
    b.text(QStringLiteral("immigrant_full_name"), b.latinName());
    b.text(QStringLiteral("immigrant_iin"), b.raw(QStringLiteral("immigrant_iin")));
    // «… "15" маусымнан бастап»: from that day.
    b.longDate(QStringLiteral("termination_date"), b.rawDate(QStringLiteral("contract_ended_on")),
               KazakhCase::Ablative);
    b.text(QStringLiteral("signatory_full_name"), b.employerName());
    b.handBlank(QStringLiteral("signatory_signature"));
    b.longDate(QStringLiteral("notice_date"), b.rawDate(QStringLiteral("notified_on")));
}

void revocationFields(FieldBuilder &b)
{
    b.text(QStringLiteral("immigrant_full_name"), b.latinName());
    b.text(QStringLiteral("sender_body_name"), b.issuingBody());
    // «… "27" наурызда берілген рұқсатты»: issued on that day.
    b.longDate(QStringLiteral("permit_issue_date"), b.localDate(QStringLiteral("issued_at")),
               KazakhCase::Locative);
    b.text(QStringLiteral("revoking_body_name"), b.issuingBody());
    // R-REVOKE-STAY: the last day of stay, 15 calendar days (§40), «… дейін»: until it.
    b.longDate(QStringLiteral("stay_end_date"), b.rawDate(QStringLiteral("stay_until")),
               KazakhCase::Dative);
    b.text(QStringLiteral("head_position"), b.headPosition());
    b.text(QStringLiteral("head_full_name"), b.raw(QStringLiteral("issuing_body.head_name")));
}

void revokedPermitsFields(FieldBuilder &b, const store::PrintRecord &record)
{
    b.text(QStringLiteral("addressee_police_body_name"), b.localized(QStringLiteral("police_body.name")), 40);
    b.text(QStringLiteral("sender_body_name"), b.issuingBody());
    b.text(QStringLiteral("revoking_body_name"), b.issuingBody());
    QList<FieldMap> lines;
    for (const QVariantHash &row : record.rows) {
        FieldBuilder one(b.language(), row);
        one.text(QStringLiteral("immigrant_full_name"), one.latinName());
        one.text(QStringLiteral("passport_number"), one.passportSeriesNumber());
        one.shortDate(QStringLiteral("passport_issue_date"), one.rawDate(QStringLiteral("passport_issued_on")));
        one.text(QStringLiteral("permit_number"), one.raw(QStringLiteral("permit_number")));
        one.shortDate(QStringLiteral("permit_issue_date"), one.localDate(QStringLiteral("issued_at")));
        one.shortDate(QStringLiteral("permit_expiry_date"), one.rawDate(QStringLiteral("valid_to")));
        one.text(QStringLiteral("immigrant_iin"), one.raw(QStringLiteral("immigrant_iin")), 12);
        one.flag(QStringLiteral("last"), lines.size() + 1 == record.rows.size());
        lines << one.take().fields;
    }
    b.context().lists.insert(QStringLiteral("immigrants"), lines);
    b.text(QStringLiteral("head_position"), b.headPosition());
    b.handBlank(QStringLiteral("head_signature"), 16); // one line in its column, beside the name
    b.text(QStringLiteral("head_full_name"), b.raw(QStringLiteral("issuing_body.head_name")));
}

} // namespace ruqsat::printing
