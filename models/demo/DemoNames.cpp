// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

namespace ruqsat::demo {

const QList<Nationality> &nationalities()
{
    static const QList<Nationality> list = {
        {"UZB", 380, "FA", true,
         {{u"Каримов", "KARIMOV"}, {u"Юсупов", "YUSUPOV"}, {u"Рахимов", "RAKHIMOV"}, {u"Абдуллаев", "ABDULLAEV"},
          {u"Турсунов", "TURSUNOV"}, {u"Исмоилов", "ISMOILOV"}, {u"Хамидов", "KHAMIDOV"}, {u"Назаров", "NAZAROV"},
          {u"Эргашев", "ERGASHEV"}, {u"Холматов", "KHOLMATOV"}},
         {{u"Рустам", "RUSTAM"}, {u"Азиз", "AZIZ"}, {u"Шерзод", "SHERZOD"}, {u"Бахтиёр", "BAKHTIYOR"},
          {u"Улугбек", "ULUGBEK"}, {u"Жасур", "JASUR"}, {u"Отабек", "OTABEK"}},
         {{u"Нилуфар", "NILUFAR"}, {u"Гулнора", "GULNORA"}, {u"Дилноза", "DILNOZA"}, {u"Мадина", "MADINA"},
          {u"Шахноза", "SHAKHNOZA"}, {u"Феруза", "FERUZA"}, {u"Зарина", "ZARINA"}}},
        {"KGZ", 200, "AC", true,
         {{u"Асанов", "ASANOV"}, {u"Токтогулов", "TOKTOGULOV"}, {u"Жумабеков", "ZHUMABEKOV"}, {u"Осмонов", "OSMONOV"},
          {u"Мамытов", "MAMYTOV"}, {u"Кадыров", "KADYROV"}, {u"Сыдыков", "SYDYKOV"}},
         {{u"Бакыт", "BAKYT"}, {u"Нурлан", "NURLAN"}, {u"Эрлан", "ERLAN"}, {u"Азамат", "AZAMAT"}, {u"Талант", "TALANT"}},
         {{u"Айгуль", "AIGUL"}, {u"Жылдыз", "ZHYLDYZ"}, {u"Нургуль", "NURGUL"}, {u"Асель", "ASEL"}, {u"Бермет", "BERMET"}}},
        {"TJK", 150, "", true,
         {{u"Рахмонов", "RAKHMONOV"}, {u"Назаров", "NAZAROV"}, {u"Саидов", "SAIDOV"}, {u"Шарипов", "SHARIPOV"},
          {u"Давлатов", "DAVLATOV"}, {u"Мирзоев", "MIRZOEV"}},
         {{u"Фаррух", "FARRUKH"}, {u"Далер", "DALER"}, {u"Сухроб", "SUKHROB"}, {u"Бехруз", "BEKHRUZ"}, {u"Умед", "UMED"}},
         {{u"Мехрона", "MEKHRONA"}, {u"Тахмина", "TAKHMINA"}, {u"Шабнам", "SHABNAM"}, {u"Манижа", "MANIZHA"}}},
        {"RUS", 80, "", true,
         {{u"Иванов", "IVANOV"}, {u"Смирнов", "SMIRNOV"}, {u"Кузнецов", "KUZNETSOV"}, {u"Попов", "POPOV"},
          {u"Соколов", "SOKOLOV"}, {u"Лебедев", "LEBEDEV"}},
         {{u"Алексей", "ALEKSEI"}, {u"Дмитрий", "DMITRII"}, {u"Сергей", "SERGEI"}, {u"Андрей", "ANDREI"}},
         {{u"Ольга", "OLGA"}, {u"Татьяна", "TATIANA"}, {u"Наталья", "NATALIA"}, {u"Елена", "ELENA"}}},
        {"CHN", 50, "E", false,
         {{u"Ван", "WANG"}, {u"Ли", "LI"}, {u"Чжан", "ZHANG"}, {u"Лю", "LIU"}, {u"Чэнь", "CHEN"}},
         {{u"Вэй", "WEI"}, {u"Цян", "QIANG"}, {u"Лэй", "LEI"}, {u"Цзюнь", "JUN"}},
         {{u"Фан", "FANG"}, {u"Цзин", "JING"}, {u"Ли", "LI"}, {u"Юй", "YU"}}},
        {"TUR", 40, "U", false,
         {{u"Йылмаз", "YILMAZ"}, {u"Кая", "KAYA"}, {u"Демир", "DEMIR"}, {u"Шахин", "SAHIN"}, {u"Челик", "CELIK"}},
         {{u"Мехмет", "MEHMET"}, {u"Мустафа", "MUSTAFA"}, {u"Ахмет", "AHMET"}, {u"Эмре", "EMRE"}},
         {{u"Айше", "AYSE"}, {u"Фатма", "FATMA"}, {u"Эмине", "EMINE"}, {u"Элиф", "ELIF"}}},
        {"AZE", 30, "C", true,
         {{u"Мамедов", "MAMMADOV"}, {u"Алиев", "ALIYEV"}, {u"Гасанов", "HASANOV"}, {u"Гусейнов", "HUSEYNOV"}},
         {{u"Эльчин", "ELCHIN"}, {u"Рашад", "RASHAD"}, {u"Орхан", "ORKHAN"}},
         {{u"Лейла", "LEYLA"}, {u"Гюнай", "GUNAY"}, {u"Айтен", "AYTEN"}}},
        {"TKM", 30, "A", true,
         {{u"Бердыев", "BERDYEV"}, {u"Ниязов", "NIYAZOV"}, {u"Оразов", "ORAZOV"}, {u"Атаев", "ATAYEV"}},
         {{u"Мерген", "MERGEN"}, {u"Довлет", "DOVLET"}, {u"Сердар", "SERDAR"}},
         {{u"Огулджан", "OGULJAN"}, {u"Джерен", "JEREN"}, {u"Майса", "MAYSA"}}},
        {"MNG", 20, "E", false,
         {{u"Батбаяр", "BATBAYAR"}, {u"Ганбаатар", "GANBAATAR"}, {u"Очир", "OCHIR"}},
         {{u"Тэмуужин", "TEMUUJIN"}, {u"Бат-Эрдэнэ", "BAT-ERDENE"}},
         {{u"Сарнай", "SARNAI"}, {u"Оюун", "OYUUN"}}},
        {"UKR", 20, "F", true,
         {{u"Шевченко", "SHEVCHENKO"}, {u"Бондаренко", "BONDARENKO"}, {u"Коваленко", "KOVALENKO"}},
         {{u"Олександр", "OLEKSANDR"}, {u"Тарас", "TARAS"}, {u"Богдан", "BOHDAN"}},
         {{u"Оксана", "OKSANA"}, {u"Ірина", "IRYNA"}, {u"Марія", "MARIIA"}}},
    };
    return list;
}

const QList<Name> &kazakhSurnames()
{
    static const QList<Name> list = {
        {u"Қасымов", "KASSYMOV"}, {u"Әбенов", "ABENOV"}, {u"Нұрланов", "NURLANOV"}, {u"Сейтқали", "SEITKALI"},
        {u"Жақсылықов", "ZHAKSYLYKOV"}, {u"Оспанов", "OSPANOV"}, {u"Төлеуов", "TOLEUOV"}, {u"Бекмұхамбетов", "BEKMUKHAMBETOV"},
        {u"Ғабдуллин", "GABDULLIN"}, {u"Құрманғалиев", "KURMANGALIEV"}, {u"Серікбаев", "SERIKBAYEV"}, {u"Өмірзақов", "OMIRZAKOV"}};
    return list;
}

const QList<Name> &kazakhMaleNames()
{
    static const QList<Name> list = {{u"Ерлан", "ERLAN"}, {u"Дәурен", "DAUREN"}, {u"Асқар", "ASKAR"},
                                     {u"Нұржан", "NURZHAN"}, {u"Бауыржан", "BAUYRZHAN"}, {u"Ғалым", "GALYM"}};
    return list;
}

const QList<Name> &kazakhFemaleNames()
{
    static const QList<Name> list = {{u"Айгерім", "AIGERIM"}, {u"Әсем", "ASSEM"}, {u"Гүлнар", "GULNAR"},
                                     {u"Жанар", "ZHANAR"}, {u"Сәуле", "SAULE"}, {u"Ұлжан", "ULZHAN"}};
    return list;
}

const QList<const char16_t *> &occupations()
{
    static const QList<const char16_t *> list = {u"домработница", u"няня", u"сиделка", u"повар",
                                                 u"садовник", u"водитель", u"уборщица"};
    return list;
}

} // namespace ruqsat::demo
