// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentCatalogue.h"

namespace ruqsat::domain {

QList<DocumentType> DocumentCatalogue::all()
{
    // The names are those of Appendix 2, row 8, shortened for a checklist.
    return {
        {DocumentCode::application(),
         {QStringLiteral("Еңбекші көшіп келушіге рұқсат беру (ұзарту) туралы өтініш (1-қосымша)"),
          QStringLiteral("Заявление о выдаче (продлении) разрешения трудовому иммигранту (приложение 1)"),
          QStringLiteral("Application for issuance (extension) of a permit to a labour immigrant (Appendix 1)")}},
        {DocumentCode::iitReceipt(),
         {QStringLiteral("Жеке табыс салығы бойынша алдын ала төлем төленгені туралы түбіртек"),
          QStringLiteral("Квитанция об уплате авансового платежа по индивидуальному подоходному налогу"),
          QStringLiteral("Receipt of the advance payment of individual income tax")}},
        {DocumentCode::passport(),
         {QStringLiteral("Соңғы 12 айда Қазақстан Республикасының мемлекеттік шекарасынан өткені туралы белгісі бар төлқұжат"),
          QStringLiteral("Паспорт с отметкой о пересечении государственной границы Республики Казахстан в течение последних 12 месяцев"),
          QStringLiteral("Passport with a mark of crossing the state border of Kazakhstan within the last 12 months")}},
        {DocumentCode::medicalCertificate(),
         {QStringLiteral("028/Е нысанындағы медициналық анықтама (12 айдан аспайтын)"),
          QStringLiteral("Медицинская справка формы 028/у (выданная не более 12 месяцев назад)"),
          QStringLiteral("Medical certificate, form 028/u (issued no more than 12 months before)")}},
        {DocumentCode::insurance(),
         {QStringLiteral("Жүктелген медициналық сақтандыру шарты"),
          QStringLiteral("Договор вменённого медицинского страхования"),
          QStringLiteral("Imputed medical insurance contract")}},
        {DocumentCode::intentAgreement(),
         {QStringLiteral("Еңбек шартын жасасу ниеті туралы келісім (3-қосымша)"),
          QStringLiteral("Соглашение о намерении заключить трудовой договор (приложение 3)"),
          QStringLiteral("Agreement of intent to conclude a labour contract (Appendix 3)")}},
        {DocumentCode::labourContract(),
         {QStringLiteral("Жұмыс берушімен еңбек шарты"),
          QStringLiteral("Трудовой договор с работодателем"),
          QStringLiteral("Labour contract with the employer")}},
    };
}

std::optional<DocumentType> DocumentCatalogue::find(const QString &code)
{
    for (const DocumentType &t : all()) {
        if (t.code == code)
            return t;
    }
    return std::nullopt;
}

QList<ChecklistLine> DocumentCatalogue::checklist(ApplicationKind kind, Channel channel)
{
    const bool portal = isPortal(channel);
    const Presentation copy = portal ? Presentation::ElectronicCopy : Presentation::Scanned;
    QList<ChecklistLine> lines{
        {DocumentCode::application(), portal ? Presentation::SignedWithEds : Presentation::SignedPaper},
        {DocumentCode::iitReceipt(), copy},
    };
    if (kind == ApplicationKind::Issue) {
        // R-DOCS-ISSUE-OFFICE, R-DOCS-ISSUE-PORTAL: the same six on both channels.
        lines << ChecklistLine{DocumentCode::passport(), copy}
              << ChecklistLine{DocumentCode::medicalCertificate(), copy}
              << ChecklistLine{DocumentCode::insurance(), copy}
              << ChecklistLine{DocumentCode::intentAgreement(), copy};
    } else {
        // R-DOCS-EXTEND-OFFICE, R-DOCS-EXTEND-PORTAL: no medical certificate and
        // no agreement of intent, but the labour contract; via a portal the
        // passport is a notarised copy.
        lines << ChecklistLine{DocumentCode::passport(), portal ? Presentation::NotarisedCopy : copy}
              << ChecklistLine{DocumentCode::insurance(), copy}
              << ChecklistLine{DocumentCode::labourContract(), copy};
    }
    return lines;
}

QStringList DocumentCatalogue::requiredCodes(ApplicationKind kind, Channel channel)
{
    QStringList codes;
    for (const ChecklistLine &line : checklist(kind, channel))
        codes << line.code;
    return codes;
}

} // namespace ruqsat::domain
