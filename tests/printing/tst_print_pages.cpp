// SPDX-License-Identifier: GPL-3.0-or-later
// Forms of several pages: every line printed once (none at the foot of one
// page and again at the top of the next, none lost), table rows whole, a
// repeated table heading, "page N of M", and what must stay together.
#include "PdfTools.h"
#include "PrintFixture.h"
#include "printing/FormLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using namespace ruqsat::printing;

namespace {

struct Printed
{
    QList<QStringList> pages; // the lines of each page
    QStringList whole;        // the lines of the same document on one endless page
};

bool isPermitRow(const QString &line)
{
    static const QRegularExpression permit(QStringLiteral("\\b75-2026-\\d{6}\\b"));
    return permit.match(line).hasMatch();
}

// The index of the first table row (a line naming a permit), or -1.
qsizetype firstRow(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (isPermitRow(lines.at(i)))
            return i;
    return -1;
}

} // namespace

class TestPrintPages : public QObject
{
    Q_OBJECT

    Printed print(Form form, const QString &key, Language language, const QString &name)
    {
        const FormLoader loader(m_fixture->db());
        const QList<PrintItem> items = loader.load(form, key, {language});
        const FormRenderer renderer;
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        test::renderPdf(renderer, items, pdf);
        const QString whole = m_dir.filePath(name + QStringLiteral("-whole.pdf"));
        test::renderContinuous(renderer.prepare(items.first()), whole);
        const QString keep = qEnvironmentVariable("RUQSAT_PRINT_PNG_DIR");
        if (!keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
        Printed out;
        for (int page = 1; page <= test::pdfPageCount(pdf); ++page)
            out.pages << test::pdfPageLines(pdf, page);
        out.whole = test::pdfPageLines(whole, 1);
        return out;
    }

    static QString appendix9Key(const QStringList &numbers) { return numbers.join(u','); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
    }

    // Each line of the form is on its pages exactly once, in order: the
    // pages together hold what the document holds, less the page numbers
    // and the table heading a page repeats (checked here as well).
    void everyLineOnce_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addColumn<int>("permits");
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"kk", "ru"}) {
            QTest::addRow("appendix-1-%s", lang) << 1 << 0 << QString::fromLatin1(lang);
            QTest::addRow("appendix-3-%s", lang) << 3 << 0 << QString::fromLatin1(lang);
            for (int n : {1, 12, 40})
                QTest::addRow("appendix-9-%d-%s", n, lang) << 9 << n << QString::fromLatin1(lang);
        }
    }
    void everyLineOnce()
    {
        QFETCH(int, appendix);
        QFETCH(int, permits);
        QFETCH(QString, lang);
        const Language language = *languageFromCode(lang);
        const Form form = *formFromAppendix(appendix);
        const QStringList numbers =
            permits > 0 ? m_fixture->revokedPermits(permits) : QStringList();
        const QString key = appendix == 9   ? appendix9Key(numbers)
                            : appendix == 1 ? test::PrintFixture::extensionCase()
                                            : test::PrintFixture::firstCase();
        const Printed printed =
            print(form, key, language,
                  QStringLiteral("lines-%1-%2-%3").arg(appendix).arg(permits).arg(lang));
        const auto count = int(printed.pages.size());
        QVERIFY(count >= 1);
        const qsizetype rowWhole = firstRow(printed.whole);
        QStringList all;
        for (int p = 0; p < count; ++p) {
            QStringList lines = printed.pages.at(p);
            // "page N of M" closes every page of a longer form, and only those.
            if (count > 1) {
                const QString number = FormRenderer::pageOfPages(language, p + 1, count);
                QVERIFY2(!lines.isEmpty() && lines.last() == number,
                         qPrintable(QStringLiteral("page %1 ends with: %2")
                                        .arg(p + 1)
                                        .arg(lines.value(lines.size() - 1))));
                lines.removeLast();
            }
            // A later page that goes on with the table repeats its heading
            // first: the lines the rows follow in the document.
            const qsizetype row = firstRow(lines);
            if (p > 0 && row >= 0) {
                QVERIFY2(row > 0, "the table goes on without its heading");
                QVERIFY(rowWhole >= row);
                QCOMPARE(lines.mid(0, row), printed.whole.mid(rowWhole - row, row));
                lines = lines.mid(row);
            }
            all << lines;
        }
        QCOMPARE(all, printed.whole);
        // A table row is a line of its own, whole, on one page: its permit
        // number once, with its immigrant's name.
        for (const QString &permit : numbers) {
            int found = 0;
            for (const QStringList &page : printed.pages)
                for (const QString &line : page)
                    found += line.contains(permit);
            QCOMPARE(found, 1);
        }
    }

    // Appendix 9: a longer list goes on, under its heading, on as many pages
    // as it needs; the immigrant rows are not cut.
    void appendix9PagesForLongLists()
    {
        const Printed twelve =
            print(Form::RevocationPolice, appendix9Key(m_fixture->revokedPermits(12)),
                  Language::Russian, QStringLiteral("pages-12"));
        QVERIFY(twelve.pages.size() >= 2);
        const Printed forty =
            print(Form::RevocationPolice, appendix9Key(m_fixture->revokedPermits(40)),
                  Language::Russian, QStringLiteral("pages-40"));
        QVERIFY(forty.pages.size() >= 3);
        // Page 2 of 40 opens with the heading: its first line is not a row.
        QVERIFY(firstRow(forty.pages.at(1)) > 0);
    }

    // Appendix 9: the head's signature blank and name each stay on one line.
    void appendix9SignatureOnOneLine_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("position");
        QTest::addRow("kk") << u"kk"_qs << u"Аудан әкімі"_qs;
        QTest::addRow("ru") << u"ru"_qs << u"Аким района"_qs;
    }
    void appendix9SignatureOnOneLine()
    {
        QFETCH(QString, lang);
        QFETCH(QString, position);
        const Printed printed = print(Form::RevocationPolice, test::PrintFixture::extendedPermit(),
                                      *languageFromCode(lang), u"signature-"_qs + lang);
        const QString name = u"Сәрсенбаев Нұрлан Қайратұлы"_qs;
        QString signatureLine;
        for (const QString &line : printed.pages.last())
            if (line.contains(name))
                signatureLine = line;
        QCOMPARE(signatureLine, position + u" ________________ "_qs + name);
    }

    // Appendix 1: each signature blank stays on the page of its caption.
    void appendix1SignatureWithCaption_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("captions");
        QTest::addRow("kk") << u"kk"_qs
                            << QStringList{u"Т.А.Ә. (бар болса) қолы"_qs,
                                           u"Жұмыс берушінің Т.А.Ә. (бар болса) қолы"_qs};
        QTest::addRow("ru") << u"ru"_qs
                            << QStringList{
                                   u"фамилия, инициалы (при наличии), подпись"_qs,
                                   u"фамилия, инициалы (при наличии) работодателя, подпись"_qs};
    }
    void appendix1SignatureWithCaption()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, captions);
        const Printed printed = print(Form::Application, test::PrintFixture::extensionCase(),
                                      *languageFromCode(lang), u"signatures-"_qs + lang);
        for (const QString &caption : captions) {
            int pages = 0;
            for (const QStringList &page : printed.pages) {
                const qsizetype at = page.indexOf(caption);
                if (at < 0)
                    continue;
                ++pages;
                QVERIFY2(at > 0 && page.at(at - 1).endsWith(u"____________________"_qs),
                         qPrintable(caption + u": the line above is "_qs + page.value(at - 1)));
            }
            QCOMPARE(pages, 1);
        }
    }

    // Appendix 3: the parties' table stays whole, both signatures with it,
    // on the page of the agreement's last words; no empty frame is left on
    // a page before it.
    void appendix3PartiesWithTheClauses_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("parties");
        QTest::addColumn<QString>("label");
        QTest::addRow("kk") << u"kk"_qs << u"Қолы"_qs << u"1-тарап 2-тарап"_qs
                            << u"Тараптардың деректемелері және басқа да мәліметтер:"_qs;
        QTest::addRow("ru") << u"ru"_qs << u"Подпись"_qs << u"Сторона 1 Сторона 2"_qs
                            << u"Реквизиты и иные сведения Сторон:"_qs;
    }
    void appendix3PartiesWithTheClauses()
    {
        QFETCH(QString, lang);
        QFETCH(QString, signature);
        QFETCH(QString, parties);
        QFETCH(QString, label);
        const QString name = u"agreement-"_qs + lang;
        const Printed printed =
            print(Form::Agreement, test::PrintFixture::firstCase(), *languageFromCode(lang), name);
        qsizetype tablePage = -1;
        for (qsizetype p = 0; p < printed.pages.size(); ++p) {
            const QStringList &page = printed.pages.at(p);
            if (!page.contains(parties))
                continue;
            tablePage = p;
            QCOMPARE(page.filter(QRegularExpression(u"^"_qs + signature + u" _+ "_qs + signature +
                                                    u" _+$"_qs))
                         .size(),
                     1);
            QVERIFY(page.contains(label));
            // The clauses' last words go with it: clause 10 or the note.
            QVERIFY(page.indexOf(label) > 0);
        }
        QVERIFY(tablePage >= 0);
        // The parties' table is the form's only ruled one: no page before it
        // draws a frame.
        for (qsizetype p = 0; p < tablePage; ++p) {
            const QString png =
                test::pdfPage(m_dir.filePath(name + u".pdf"_qs), int(p + 1),
                              m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(p + 1)));
            QCOMPARE(test::ruledLines(png), 0);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PrintFixture> m_fixture;
};

QTEST_MAIN(TestPrintPages)
#include "tst_print_pages.moc"
