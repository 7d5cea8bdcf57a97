// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mrz.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ruqsat::domain {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::Mrz)
};

int charValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    if (c == u'<')
        return 0;
    return -1;
}

// A stretch of a line: [start, start + length).
struct Span
{
    int line;
    int start;
    int length;
};

// One field that can only hold digits (or '<' where ICAO allows a filler).
struct NumericField
{
    const char *name;
    Span span;
};

QString stripFillers(const QString &s)
{
    QString out = s;
    out.replace(u'<', u' ');
    return out.simplified();
}

class Parser
{
public:
    Parser(QStringList lines, QDate today) : m_lines(std::move(lines)), m_today(today) {}

    QString text(const Span &s) const { return m_lines.at(s.line).mid(s.start, s.length); }

    // Corrects O -> 0 and I -> 1 in a numeric field; fails on any other letter.
    bool correctNumeric(const NumericField &f)
    {
        QString &line = m_lines[f.span.line];
        for (int i = f.span.start; i < f.span.start + f.span.length; ++i) {
            const QChar c = line.at(i);
            QChar fixed = c;
            if (c == u'O')
                fixed = u'0';
            else if (c == u'I')
                fixed = u'1';
            if (fixed != c) {
                line[i] = fixed;
                result.corrections << QStringLiteral("%1: %2 -> %3")
                                          .arg(QLatin1String(f.name), QString(c), QString(fixed));
            } else if (!(c.isDigit() || c == u'<')) {
                return fail(MrzResult::Problem::Character, QLatin1String(f.name),
                            Tr::tr("The field %1 may hold only digits, not \"%2\".")
                                .arg(QLatin1String(f.name), QString(c)));
            }
        }
        return true;
    }

    bool checkDigit(const char *field, const QString &data, QChar digit, bool fillerAllowed = false)
    {
        if (fillerAllowed && digit == u'<' && data.count(u'<') == data.size())
            return true; // ICAO: an empty optional field may have a filler for check digit
        const int expected = Mrz::checkDigit(data);
        const int actual = digit.isDigit() ? digit.unicode() - u'0' : -1;
        if (expected == actual)
            return true;
        QString reason = Tr::tr("The check digit of %1 is \"%2\" but %3 is expected.")
                             .arg(QLatin1String(field), QString(digit))
                             .arg(expected);
        if (qstrcmp(field, "document_number") == 0 &&
            (data.contains(u'O') || data.contains(u'0')))
            reason += u' ' + Tr::tr("Letter O and digit 0 look alike: compare the number with the "
                                "passport page; it was not corrected.");
        return fail(MrzResult::Problem::CheckDigit, QLatin1String(field), reason);
    }

    bool date(const char *field, const Span &s, bool birth, QDate *out)
    {
        const QString t = text(s);
        const int yy = t.left(2).toInt();
        const int mm = t.mid(2, 2).toInt();
        const int dd = t.mid(4, 2).toInt();
        QDate d;
        if (birth) {
            // The latest century that puts the birth date not after today.
            for (int century = (m_today.year() / 100) * 100; century >= 1800; century -= 100) {
                const QDate candidate(century + yy, mm, dd);
                if (candidate.isValid() && candidate <= m_today) {
                    d = candidate;
                    break;
                }
            }
        } else {
            int year = (m_today.year() / 100) * 100 + yy;
            if (year > m_today.year() + 49)
                year -= 100;
            else if (year < m_today.year() - 50)
                year += 100;
            d = QDate(year, mm, dd);
        }
        if (!d.isValid() || t.contains(u'<'))
            return fail(MrzResult::Problem::Date, QLatin1String(field),
                        Tr::tr("The field %1 (\"%2\") is not a date YYMMDD.").arg(QLatin1String(field), t));
        *out = d;
        return true;
    }

    bool fail(MrzResult::Problem problem, const QString &field, const QString &reason)
    {
        result.problem = problem;
        result.field = field;
        result.reason = reason;
        return false;
    }

    bool parseTd3();
    bool parseTd1();
    void names(const QString &field);
    Sex sex(QChar c) const { return c == u'M' ? Sex::Male : c == u'F' ? Sex::Female : Sex::Unspecified; }

    MrzResult result;

private:
    QStringList m_lines;
    QDate m_today;
};

void Parser::names(const QString &field)
{
    const qsizetype split = field.indexOf(QLatin1String("<<"));
    result.fields.surname = stripFillers(split < 0 ? field : field.left(split));
    result.fields.givenNames = split < 0 ? QString() : stripFillers(field.mid(split + 2));
}

bool Parser::parseTd3()
{
    MrzFields &f = result.fields;
    f.format = MrzFields::Format::TD3;
    const NumericField numeric[] = {
        {"document_number", {1, 9, 1}}, {"birth_date", {1, 13, 7}}, {"expiry_date", {1, 21, 7}},
        {"personal_number", {1, 42, 1}}, {"composite", {1, 43, 1}},
    };
    for (const NumericField &n : numeric) {
        if (!correctNumeric(n))
            return false;
    }
    const QString l1 = m_lines.at(0);
    const QString l2 = m_lines.at(1);
    f.documentCode = stripFillers(l1.left(2));
    f.issuingState = stripFillers(l1.mid(2, 3));
    names(l1.mid(5, 39));
    f.documentNumber = stripFillers(l2.left(9));
    f.nationality = stripFillers(l2.mid(10, 3));
    f.sex = sex(l2.at(20));
    f.optionalData = stripFillers(l2.mid(28, 14));
    if (!checkDigit("document_number", l2.left(9), l2.at(9)) ||
        !checkDigit("birth_date", l2.mid(13, 6), l2.at(19)) ||
        !checkDigit("expiry_date", l2.mid(21, 6), l2.at(27)) ||
        !checkDigit("personal_number", l2.mid(28, 14), l2.at(42), true) ||
        !checkDigit("composite", l2.left(10) + l2.mid(13, 7) + l2.mid(21, 22), l2.at(43)))
        return false;
    return date("birth_date", {1, 13, 6}, true, &f.birthDate) &&
           date("expiry_date", {1, 21, 6}, false, &f.expiryDate);
}

bool Parser::parseTd1()
{
    MrzFields &f = result.fields;
    f.format = MrzFields::Format::TD1;
    const NumericField numeric[] = {
        {"birth_date", {1, 0, 7}}, {"expiry_date", {1, 8, 7}}, {"composite", {1, 29, 1}},
    };
    for (const NumericField &n : numeric) {
        if (!correctNumeric(n))
            return false;
    }
    const QString l1 = m_lines.at(0);
    const QString l2 = m_lines.at(1);
    f.documentCode = stripFillers(l1.left(2));
    f.issuingState = stripFillers(l1.mid(2, 3));
    names(m_lines.at(2));
    f.nationality = stripFillers(l2.mid(15, 3));
    f.sex = sex(l2.at(7));
    QString optional1 = l1.mid(15, 15);
    if (l1.at(14) == u'<' && optional1.at(0) != u'<') {
        // ICAO 9303 part 5: a number longer than 9 characters goes on in
        // optional data 1; its check digit is the last character before the
        // first filler there.
        const qsizetype end = optional1.indexOf(u'<') < 0 ? optional1.size() : optional1.indexOf(u'<');
        const QString number = l1.mid(5, 9) + optional1.left(end - 1);
        f.documentNumber = stripFillers(number);
        if (!checkDigit("document_number", number, optional1.at(end - 1)))
            return false;
        optional1 = optional1.mid(end);
    } else {
        if (!correctNumeric({"document_number", {0, 14, 1}}))
            return false;
        f.documentNumber = stripFillers(l1.mid(5, 9));
        if (!checkDigit("document_number", l1.mid(5, 9), m_lines.at(0).at(14)))
            return false;
    }
    f.optionalData = stripFillers(optional1 + u'<' + l2.mid(18, 11));
    const QString line1 = m_lines.at(0);
    if (!checkDigit("birth_date", l2.left(6), l2.at(6)) ||
        !checkDigit("expiry_date", l2.mid(8, 6), l2.at(14)) ||
        !checkDigit("composite", line1.mid(5, 25) + l2.left(7) + l2.mid(8, 7) + l2.mid(18, 11),
                    l2.at(29)))
        return false;
    return date("birth_date", {1, 0, 6}, true, &f.birthDate) &&
           date("expiry_date", {1, 8, 6}, false, &f.expiryDate);
}

} // namespace

int Mrz::checkDigit(QStringView data)
{
    static constexpr int kWeights[3] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const int v = charValue(data.at(i));
        if (v < 0)
            return -1;
        sum += v * kWeights[i % 3];
    }
    return sum % 10;
}

MrzResult Mrz::parse(const QString &text, QDate today)
{
    QStringList lines;
    for (const QString &raw : text.split(u'\n')) {
        QString line = raw;
        line.remove(QRegularExpression(QStringLiteral("\\s")));
        if (!line.isEmpty())
            lines << line.toUpper();
    }
    Parser p(lines, today);
    const bool td3 = lines.size() == 2 && lines.at(0).size() == 44 && lines.at(1).size() == 44;
    const bool td1 = lines.size() == 3 && lines.at(0).size() == 30 && lines.at(1).size() == 30 &&
                     lines.at(2).size() == 30;
    if (!td3 && !td1) {
        QStringList sizes;
        for (const QString &l : lines)
            sizes << QString::number(l.size());
        p.fail(MrzResult::Problem::Format, QStringLiteral("format"),
               Tr::tr("An MRZ is 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); "
                  "got %1 line(s) of %2.")
                   .arg(lines.size())
                   .arg(sizes.isEmpty() ? QStringLiteral("0") : sizes.join(QLatin1String(", "))));
        return p.result;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const QChar c : lines.at(i)) {
            if (charValue(c) < 0) {
                p.fail(MrzResult::Problem::Character, QStringLiteral("line %1").arg(i + 1),
                       Tr::tr("Line %1 holds \"%2\"; an MRZ has only A-Z, 0-9 and <.")
                           .arg(i + 1)
                           .arg(c));
                return p.result;
            }
        }
    }
    if (td3)
        p.parseTd3();
    else
        p.parseTd1();
    return p.result;
}

} // namespace ruqsat::domain
