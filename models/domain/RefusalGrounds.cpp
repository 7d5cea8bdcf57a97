// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusalGrounds.h"

namespace ruqsat::domain {

namespace {

RefusalGround ground(int number, const QString &kk, const QString &ru, const QString &en)
{
    return {number, QStringLiteral("R-REFUSE-%1").arg(number), {kk, ru, en}};
}

} // namespace

QList<RefusalGround> RefusalGrounds::all()
{
    // Kazakh and English: spec/appendix2-kk.md and appendix2-en.md, row 9.
    // Russian: our faithful translation of the Kazakh text, following the
    // usual wording of the Russian standards of state services; check it
    // against the official Russian text of Order No. 302 before printing.
    return {
        ground(1,
               QStringLiteral("көрсетілетін қызметті алушының мемлекеттік көрсетілетін қызметті алу үшін ұсынған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) анық еместігін анықтау"),
               QStringLiteral("установление недостоверности документов, представленных услугополучателем для получения государственной услуги, и (или) данных (сведений), содержащихся в них"),
               QStringLiteral("establishment that the documents submitted by the service recipient to obtain the state service, and (or) the data (information) contained in them, are unreliable")),
        ground(2,
               QStringLiteral("көрсетілетін қызметті алушының және (немесе) мемлекеттік қызмет көрсету үшін қажетті ұсынылған материалдардың, объектілердің, деректердің және мәліметтердің Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2022 жылғы 15 сәуірдегі № 123 бұйрығымен бекітілген Еңбекші көшіп келушіге рұқсат беру, ұзарту және кері қайтарып алу қағидаларымен (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 27595 болып тіркелді) белгіленген талаптарға сәйкес келмеуі"),
               QStringLiteral("несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых для оказания государственной услуги, требованиям, установленным Правилами выдачи, продления и отзыва разрешений трудовым иммигрантам, утвержденными приказом Министра труда и социальной защиты населения Республики Казахстан от 15 апреля 2022 года № 123 (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 27595)"),
               QStringLiteral("non-conformity of the service recipient and (or) of the submitted materials, objects, data and information required for providing the state service with the requirements established by the Rules for issuing, extending and revoking permits to labour immigrants approved by Order No. 123 of the Minister of Labour and Social Protection of the Population of the Republic of Kazakhstan of 15 April 2022 (registered in the Register of State Registration of Normative Legal Acts under No. 27595)")),
        ground(3,
               QStringLiteral("уәкілетті мемлекеттік органның мемлекеттік қызмет көрсету үшін қажетті келісімі туралы сұрау салуға берілген теріс жауап, сондай-ақ сараптаманың, зерттеудің не тексерудің теріс қорытындысы"),
               QStringLiteral("отрицательный ответ уполномоченного государственного органа на запрос о согласовании, который требуется для оказания государственной услуги, а также отрицательное заключение экспертизы, исследования либо проверки"),
               QStringLiteral("a negative reply of an authorised state body to a request for its approval required for providing the state service, as well as a negative conclusion of an examination, study or check")),
        ground(4,
               QStringLiteral("шетелдік азаматтығының \"Халықтың көші-қоны туралы\" Қазақстан Республикасы Заңының 43-1-бабы 1-тармағының 1) тармақшасында көзделген шарттарға сәйкес келмеуі"),
               QStringLiteral("несоответствие гражданства иностранца условиям, предусмотренным подпунктом 1) пункта 1 статьи 43-1 Закона Республики Казахстан «О миграции населения»"),
               QStringLiteral("non-conformity of the foreigner's citizenship with the conditions provided for by subparagraph 1) of paragraph 1 of Article 43-1 of the Law of the Republic of Kazakhstan \"On population migration\"")),
        ground(5,
               QStringLiteral("\"Халықтың көші-қоны туралы\" Қазақстан Республикасы Заңының 43-2-бабының 5-тармағында көзделген шарттарға сәйкес келмеуі"),
               QStringLiteral("несоответствие условиям, предусмотренным пунктом 5 статьи 43-2 Закона Республики Казахстан «О миграции населения»"),
               QStringLiteral("non-conformity with the conditions provided for by paragraph 5 of Article 43-2 of the Law of the Republic of Kazakhstan \"On population migration\"")),
        ground(6,
               QStringLiteral("жеке табыс салығы бойынша төлем болу аумағына сәйкес келмейтін мемлекеттік кірістер органдарына төленген"),
               QStringLiteral("платёж по индивидуальному подоходному налогу уплачен в органы государственных доходов, не соответствующие территории пребывания"),
               QStringLiteral("the individual income tax payment was paid to state revenue bodies that do not correspond to the territory of stay")),
        ground(7,
               QStringLiteral("\"Салық және бюджетке төленетін басқа да міндетті төлемдер туралы\" Қазақстан Республикасы кодексінің 360-бабының 2-тармағында немесе 658-бабының 5-тармағында көзделген жеке табыс салығы бойынша алдын ала төлем сомасының сәйкес келмеуі"),
               QStringLiteral("несоответствие суммы авансового платежа по индивидуальному подоходному налогу, предусмотренного пунктом 2 статьи 360 или пунктом 5 статьи 658 Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет»"),
               QStringLiteral("non-conformity of the amount of the advance payment of individual income tax provided for by paragraph 2 of Article 360 or paragraph 5 of Article 658 of the Code of the Republic of Kazakhstan \"On taxes and other obligatory payments to the budget\"")),
        ground(8,
               QStringLiteral("көрсетілетін қызметті алушыға қатысты оның қызметіне немесе мемлекеттік көрсетілетін қызметті алуды талап ететін жекелеген қызмет түрлеріне тыйым салу туралы соттың заңды күшіне енген шешімінің (үкімінің) болуы"),
               QStringLiteral("наличие в отношении услугополучателя вступившего в законную силу решения (приговора) суда о запрещении деятельности или отдельных видов деятельности, требующих получения государственной услуги"),
               QStringLiteral("existence of a court decision (sentence) that has entered into legal force prohibiting, in respect of the service recipient, his or her activity or particular kinds of activity that require obtaining the state service")),
        ground(9,
               QStringLiteral("көрсетілетін қызметті алушының мемлекеттік қызмет көрсету үшін талап етілетін, \"Дербес деректер және оларды қорғау туралы\" Қазақстан Республикасы Заңының 8-бабына сәйкес берілетін қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісімі болмауы"),
               QStringLiteral("отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики Казахстан «О персональных данных и их защите», на доступ к персональным данным ограниченного доступа, которые требуются для оказания государственной услуги"),
               QStringLiteral("absence of the service recipient's consent, required for providing the state service, to access to personal data of restricted access, given in accordance with Article 8 of the Law of the Republic of Kazakhstan \"On personal data and their protection\"")),
    };
}

std::optional<RefusalGround> RefusalGrounds::byNumber(int number)
{
    for (const RefusalGround &g : all()) {
        if (g.number == number)
            return g;
    }
    return std::nullopt;
}

std::optional<RefusalGround> RefusalGrounds::byRuleId(const QString &ruleId)
{
    for (const RefusalGround &g : all()) {
        if (g.ruleId == ruleId)
            return g;
    }
    return std::nullopt;
}

} // namespace ruqsat::domain
