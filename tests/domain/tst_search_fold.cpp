// SPDX-License-Identifier: GPL-3.0-or-later
// The register search's spelling fold (domain/SearchFold.h): the table of
// spellings a clerk may meet for one name, each pair folded to one text, and
// the names that must stay apart.
#include "domain/SearchFold.h"

#include <QTest>

using namespace ruqsat::domain;

class TestSearchFold : public QObject
{
    Q_OBJECT
private slots:
    // Two spellings of one name fold to the same text.
    void sameName_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        auto row = [](const char *name, const char *a, const char *b) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("kh / x (Uzbek Latin)", "Kholmatov", "Xolmatov");
        row("kh / h", "Mukhammad", "Muhammad");
        row("x / Cyrillic", "XOLMATOV", "Холматов");
        row("sh / Cyrillic", "Shakhnoza", "Шахноза");
        row("sh with cedilla (Kazakh Latin)", "Şaripov", "Sharipov");
        row("ch / ç", "Çolpon", "Cholpon");
        row("ch / Cyrillic", "Chingiz", "Чингиз");
        row("zh / j", "Zhanna", "Janna");
        row("dzh / j / dj", "Dzhamshid", "Jamshid");
        row("dj / j", "Djamshid", "Жамшид");
        row("yu / iu", "Yusupov", "Iusupov");
        row("yu / Cyrillic", "Yusupov", "Юсупов");
        row("ya / ia", "Yakubov", "Iakubov");
        row("ya / Cyrillic", "Yakubov", "Якубов");
        row("ye / e", "Yerlan", "Ерлан");
        row("yev / iev / ev", "Aliyev", "Aliev");
        row("iy / ii / ий", "Dmitriy", "Дмитрий");
        row("ii / iy", "DMITRII", "Dmitriy");
        row("ё as e", "Семёнов", "Semenov");
        row("q / k (Uzbek Latin)", "Qodirov", "Kodirov");
        row("қ / k", "Қодиров", "Kodirov");
        row("g' / g / gh / ғ", "G'ulom", "Ғулом");
        row("gh / g", "Ghafur", "Gafur");
        row("o / u: Umar, Omar", "Umar", "Omar");
        row("o / u: Bulat, Bolat", "Bulat", "Болат");
        row("o / u in endings", "Abdullo", "Abdullu");
        row("o / u in endings: -ov, -uv", "Rustamuv", "Rustamov");
        row("doubled letters", "Abdullaev", "Abdulaev");
        row("doubled letters: Hassan", "Hassan", "Хасан");
        row("ayev / aev", "Abdullayev", "Абдуллаев");
        row("Kazakh letters", "Әлібек Нұрғали", "Alibek Nurgali");
        row("Kazakh ң, ө, ү, һ, і", "Төлеңгіт Үміт Һ", "Tolengit Umit H");
        row("Kazakh Latin 2021 marks", "Älibek Nūrğali", "Alibek Nurgali");
        row("Uzbek ў, ҳ", "Ўрол Ҳасан", "Orol Hasan");
        row("Uzbek apostrophe o'", "O'ktam", "Oktam");
        row("typographic apostrophes", "Oʻktam G’ani", "Oktam Gani");
        row("hard and soft signs dropped", "Ильяс Подъячев", "Ilyas Podyachev");
        row("case", "KARIMOVA", "karimova");
        row("hyphen and spaces separate words", "Abdul-Karim  Aliev", "abdul karim aliev");
        row("щ", "Щукин", "Shchukin");
        row("ц", "Цой", "Tsoi");
    }
    void sameName()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QCOMPARE(foldForSearch(one), foldForSearch(other));
        QVERIFY(!foldForSearch(one).isEmpty());
    }

    // The fold keeps apart what is not one name.
    void differentNames_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        auto row = [](const char *name, const char *a, const char *b) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("s / sh", "Sarip", "Sharip");
        row("k / kh", "Kasan", "Khasan");
        row("c / ts", "Chai", "Tsai");
        row("z / zh", "Zanna", "Zhanna");
        row("a / o", "Nazarov", "Nozorov");
        row("e / i", "Elena", "Ilina");
        row("digits are not folded", "FA1785502", "FA178552");
        row("digits stay digits", "AB1234", "AB1235");
    }
    void differentNames()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QVERIFY2(foldForSearch(one) != foldForSearch(other), qPrintable(foldForSearch(one)));
    }

    // The exact folded text of a few names: the rules in the order the
    // header gives them.
    void foldedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        auto row = [](const char *a, const char *b) {
            QTest::newRow(a) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("Kholmatov", "holmatov");
        row("Абдуллаев Шахноза", "abdolaiev wahnoza");
        row("Erlan Sergeeva", "ierlan sergeva");
        row("Iskhak", "ishak"); // s, then kh: no sh is read across them
        row("Yusupov Ulugbek", "iosopov ologbek");
        row("FA 1785502", "fa 1785502");
        row("  --  ", "");
        row("", "");
    }
    void foldedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    // A typed search: long words are looked up anywhere, short ones start a
    // word; the fold may shorten a word below three letters; a last letter
    // that may begin a pair, or a first e, gives a second reading.
    void typedSearch()
    {
        using Readings = QList<QStringList>;
        const FoldedSearch karimova = FoldedSearch::of(QStringLiteral("karimova sh"));
        QCOMPARE(karimova.anywhere, Readings{{QStringLiteral("karimova")}});
        QCOMPARE(karimova.wordStarts, Readings{{QStringLiteral("w")}});
        QVERIFY(karimova.isIndexable());
        const FoldedSearch kho = FoldedSearch::of(QStringLiteral("Kho"));
        QCOMPARE(kho.anywhere, Readings{});
        QCOMPARE(kho.wordStarts, Readings{{QStringLiteral("ho")}});
        QVERIFY(!kho.isIndexable());
        QCOMPARE(FoldedSearch::of(QStringLiteral("mik")).anywhere,
                 (Readings{{QStringLiteral("mik"), QStringLiteral("mih")}}));
        QCOMPARE(FoldedSearch::of(QStringLiteral("karimovas")).anywhere,
                 (Readings{{QStringLiteral("karimovas"), QStringLiteral("karimovaw")}}));
        QCOMPARE(FoldedSearch::of(QStringLiteral("jamd")).anywhere,
                 (Readings{{QStringLiteral("jamd"), QStringLiteral("jamj")}}));
        QCOMPARE(FoldedSearch::of(QStringLiteral("eva")).anywhere,
                 (Readings{{QStringLiteral("ieva"), QStringLiteral("eva")}}));
        // Cyrillic letters are whole sounds: no second reading.
        QCOMPARE(FoldedSearch::of(QStringLiteral("миск")).anywhere, Readings{{QStringLiteral("misk")}});
        const FoldedSearch twice = FoldedSearch::of(QStringLiteral("ali ALI али"));
        QCOMPARE(twice.anywhere, Readings{{QStringLiteral("ali")}});
        QVERIFY(FoldedSearch::of(QStringLiteral(" ' - ")).isEmpty());
        QVERIFY(foldForSearch(QStringLiteral("ABDULLAEV"))
                    .contains(FoldedSearch::of(QStringLiteral("dullaev")).anywhere.first().first()));
    }

    // A name typed letter by letter keeps finding the stored spelling of the
    // same name at every letter: the fold of a prefix never parts from the
    // fold of the whole word.
    void typingLetterByLetter_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("typed");
        auto row = [](const char *a, const char *b) {
            QTest::newRow(b) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("Михаил", "Mikhail");
        row("Абдуллаев", "Abdullayev");
        row("ABDULLAYEV", "Абдуллаев");
        row("Ганиева", "Ganieva");
        row("XOLMATOV", "Kholmatov");
        row("Шахноза", "Shakhnoza");
        row("Джамшид", "Dzhamshid");
        row("Jamshid", "Djamshid");
        row("Жанна", "Zhanna");
        row("Юсупов", "Yusupov");
        row("Ерлан", "Yerlan");
        row("Muhammad", "Mukhammad");
        row("Sergeeva", "Сергеева");
        row("Алиев", "Aliyev");
        row("Qodirov", "Кодиров");
    }
    void typingLetterByLetter()
    {
        QFETCH(QString, stored);
        QFETCH(QString, typed);
        const QString text = foldForSearch(stored);
        const QString words = u' ' + text;
        for (int length = 1; length <= typed.size(); ++length) {
            const FoldedSearch search = FoldedSearch::of(typed.left(length));
            bool found = false;
            for (const QStringList &word : search.anywhere)
                for (const QString &reading : word)
                    found = found || text.contains(reading);
            for (const QStringList &word : search.wordStarts)
                for (const QString &reading : word)
                    found = found || words.contains(u' ' + reading);
            QVERIFY2(found, qPrintable(typed.left(length) + QLatin1String(" in ") + text));
        }
    }
};

QTEST_APPLESS_MAIN(TestSearchFold)
#include "tst_search_fold.moc"
