-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 8, SQLite dialect: the words the printed forms
-- take from the store. It only adds a column, so a program of schema 1
-- still works on it.
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
