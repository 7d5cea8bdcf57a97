-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 8, PostgreSQL dialect: the words the printed forms
-- take from the store. It only adds a column and empties a copy of a
-- catalogue text, so a program of schema 1 still works on it.
-- ruqsat:min_compatible 1

-- The Russian genitive of a country: Appendix 1 reads «гражданина Китая».
-- Reference data like the names: the shipped countries are filled here,
-- a new store seeds it from resources/reference/countries.csv; a country
-- added without it prints its nominative.
ALTER TABLE countries ADD COLUMN name_ru_gen TEXT NOT NULL DEFAULT '';
UPDATE countries SET name_ru_gen = CASE code
    WHEN 'UZB' THEN 'Узбекистана'
    WHEN 'KGZ' THEN 'Кыргызстана'
    WHEN 'TJK' THEN 'Таджикистана'
    WHEN 'TKM' THEN 'Туркменистана'
    WHEN 'RUS' THEN 'России'
    WHEN 'CHN' THEN 'Китая'
    WHEN 'TUR' THEN 'Турции'
    WHEN 'AZE' THEN 'Азербайджана'
    WHEN 'ARM' THEN 'Армении'
    WHEN 'GEO' THEN 'Грузии'
    WHEN 'BLR' THEN 'Беларуси'
    WHEN 'UKR' THEN 'Украины'
    WHEN 'MDA' THEN 'Молдовы'
    WHEN 'MNG' THEN 'Монголии'
    WHEN 'AFG' THEN 'Афганистана'
    WHEN 'IRN' THEN 'Ирана'
    WHEN 'PAK' THEN 'Пакистана'
    WHEN 'IND' THEN 'Индии'
    WHEN 'BGD' THEN 'Бангладеш'
    WHEN 'NPL' THEN 'Непала'
    WHEN 'VNM' THEN 'Вьетнама'
    WHEN 'PHL' THEN 'Филиппин'
    WHEN 'IDN' THEN 'Индонезии'
    WHEN 'KOR' THEN 'Республики Корея'
    WHEN 'DEU' THEN 'Германии'
    WHEN 'USA' THEN 'Соединённых Штатов Америки'
    WHEN 'KAZ' THEN 'Казахстана'
    WHEN 'XXA' THEN '(лицо без гражданства)'
    ELSE name_ru_gen END;

-- A refusal keeps its ground as decisions.ground_id; Appendix 7 prints the
-- ground's text from the catalogue (domain::RefusalGrounds) in the language
-- of the print, then ground_text: the clerk's own words, if any. Before
-- this version CaseWorkflow::refuse, the only writer of ground_text, stored
-- the catalogue's Russian text there, which printed twice on the Russian form
-- and in Russian on the Kazakh one. Those copies are emptied; any other
-- words stay. (The catalogue's texts have not changed since they were written.)
UPDATE decisions SET ground_text = '' WHERE kind = 'refuse' AND ground_text = CASE ground_id
    WHEN 1 THEN 'установление недостоверности документов, представленных услугополучателем для получения государственной услуги, и (или) данных (сведений), содержащихся в них'
    WHEN 2 THEN 'несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых для оказания государственной услуги, требованиям, установленным Правилами выдачи, продления и отзыва разрешений трудовым иммигрантам, утвержденными приказом Министра труда и социальной защиты населения Республики Казахстан от 15 апреля 2022 года № 123 (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 27595)'
    WHEN 3 THEN 'отрицательный ответ уполномоченного государственного органа на запрос о согласовании, который требуется для оказания государственной услуги, а также отрицательное заключение экспертизы, исследования либо проверки'
    WHEN 4 THEN 'несоответствие гражданства иностранца условиям, предусмотренным подпунктом 1) пункта 1 статьи 43-1 Закона Республики Казахстан «О миграции населения»'
    WHEN 5 THEN 'несоответствие условиям, предусмотренным пунктом 5 статьи 43-2 Закона Республики Казахстан «О миграции населения»'
    WHEN 6 THEN 'платёж по индивидуальному подоходному налогу уплачен в органы государственных доходов, не соответствующие территории пребывания'
    WHEN 7 THEN 'несоответствие суммы авансового платежа по индивидуальному подоходному налогу, предусмотренного пунктом 2 статьи 360 или пунктом 5 статьи 658 Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет»'
    WHEN 8 THEN 'наличие в отношении услугополучателя вступившего в законную силу решения (приговора) суда о запрещении деятельности или отдельных видов деятельности, требующих получения государственной услуги'
    WHEN 9 THEN 'отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики Казахстан «О персональных данных и их защите», на доступ к персональным данным ограниченного доступа, которые требуются для оказания государственной услуги'
    END;
