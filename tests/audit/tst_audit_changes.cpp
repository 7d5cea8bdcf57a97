// SPDX-License-Identifier: GPL-3.0-or-later
// How a clerk reads an audit row (audit::AuditChanges): each changed field
// as "field: before → after", the checklist's lines by document, plain
// values as they are, codes as their labels, dates as DD.MM.YYYY, and the
// record's version left out; each step named in words, an unknown one by code.
#include "audit/AuditChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ruqsat::audit::AuditChanges;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestAuditChanges : public QObject
{
    Q_OBJECT
private slots:
    void fieldBeforeAndAfter()
    {
        const QStringList lines =
            AuditChanges::lines(json(R"({"surname_lat": {"before": "KARIMOV", "after": "KARIMOVA"},
                     "children_count": {"before": 1, "after": 2},
                     "version": {"before": 3, "after": 4}})"));
        QCOMPARE(lines, (QStringList{QStringLiteral("children_count: 1 → 2"),
                                     QStringLiteral("surname_lat: KARIMOV → KARIMOVA")}));
    }

    void noneReadsAsADash()
    {
        QCOMPARE(AuditChanges::lines(json(R"({"phone": {"before": null, "after": "+7 701"},
                                              "note": {"before": "x", "after": ""}})")),
                 (QStringList{QStringLiteral("note: x → —"), QStringLiteral("phone: — → +7 701")}));
    }

    void checklistLinesByDocument()
    {
        const QStringList lines = AuditChanges::lines(json(
            R"({"lines": {"insurance": {"state": {"before": "missing", "after": "present"},
                                        "valid_until": {"before": null, "after": "2026-09-30"}},
                          "passport": {"state": {"before": null, "after": "expired"}}},
                "version": {"before": 2, "after": 3}})"));
        QCOMPARE(lines, (QStringList{QStringLiteral("insurance / state: Missing → Present"),
                                     QStringLiteral("insurance / valid_until: — → 30.09.2026"),
                                     QStringLiteral("passport / state: — → Expired")}));
    }

    void nestedObjectsNamedByPath()
    {
        // Only the checklist's own "lines" level goes unnamed.
        QCOMPARE(AuditChanges::lines(json(R"({"a": {"b": {"c": {"before": 1, "after": 2}}}})")),
                 QStringList{QStringLiteral("a / b / c: 1 → 2")});
        QCOMPARE(AuditChanges::lines(json(R"({"a": {"lines": {"before": 1, "after": 2}}})")),
                 QStringList{QStringLiteral("a / lines: 1 → 2")});
    }

    void plainValues()
    {
        const QStringList lines = AuditChanges::lines(
            json(R"({"due": "2026-03-01", "positive": false, "missing": ["passport", "insurance"],
                     "copies": 2, "ground": 7, "file": "passport.png", "none": []})"));
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("copies: 2"), QStringLiteral("due: 01.03.2026"),
                              QStringLiteral("file: passport.png"), QStringLiteral("ground: 7"),
                              QStringLiteral("missing: passport, insurance"),
                              QStringLiteral("none: —"), QStringLiteral("positive: no")}));
    }

    void statusCodesReadAsLabels()
    {
        QCOMPARE(AuditChanges::lines(
                     json(R"({"status": {"before": "submitted", "after": "accepted"}})")),
                 QStringList{QStringLiteral("status: Submitted → Accepted")});
        // A code the program does not know stays as stored.
        QCOMPARE(
            AuditChanges::lines(json(R"({"status": {"before": "lost", "after": "accepted"}})")),
            QStringList{QStringLiteral("status: lost → Accepted")});
    }

    void notDatesStayText()
    {
        // Ten characters that are no day, and a time of day in UTC read in the desk's time
        // (TZ=Asia/Almaty).
        QCOMPARE(
            AuditChanges::lines(json(R"({"number": "2026-000042", "x": "2026-02-30"})")),
            (QStringList{QStringLiteral("number: 2026-000042"), QStringLiteral("x: 2026-02-30")}));
        const QString local = QDateTime(QDate(2026, 3, 20), QTime(10, 15), Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(AuditChanges::lines(json(
                     R"({"received_at": {"before": null, "after": "2026-03-20T10:15:00.000Z"}})")),
                 QStringList{QStringLiteral("received_at: — → ") + local});
    }

    void versionOnlyAtTheTop()
    {
        // The record's version, a step or as created, is left out; a
        // document's "version" is a field like any other.
        QVERIFY(AuditChanges::lines(json(R"({"version": {"before": 1, "after": 2}})")).isEmpty());
        QVERIFY(AuditChanges::lines(json(R"({"version": 1})")).isEmpty());
        QCOMPARE(AuditChanges::lines(
                     json(R"({"lines": {"passport": {"version": {"before": 1, "after": 2}}}})")),
                 QStringList{QStringLiteral("passport / version: 1 → 2")});
    }

    void recordFieldsReadAsLabels()
    {
        // The rows of a record name its fields as its form does (RUQSAT_LANG=en).
        QCOMPARE(
            AuditChanges::lines(json(R"({"surname_lat": {"before": "KARIMOV", "after": "KARIMOVA"},
                                              "birth_date": {"before": "1990-04-17", "after": "1990-04-18"}})"),
                                QStringLiteral("immigrant")),
            (QStringList{QStringLiteral("Date of birth: 17.04.1990 → 18.04.1990"),
                         QStringLiteral("Surname (Latin): KARIMOV → KARIMOVA")}));
        QCOMPARE(AuditChanges::lines(json(R"({"birth_year": {"before": 1985, "after": 1986}})"),
                                     QStringLiteral("employer")),
                 QStringList{QStringLiteral("Employer's year of birth: 1985 → 1986")});
        // A key that is no field of the record stays as stored.
        QCOMPARE(
            AuditChanges::lines(json(R"({"due": "2026-03-01"})"), QStringLiteral("application")),
            QStringList{QStringLiteral("due: 01.03.2026")});
        // Details of a record without fields (a permit's) keep their keys.
        QCOMPARE(AuditChanges::lines(json(R"({"status": "revoked"})"), QStringLiteral("permit")),
                 QStringList{QStringLiteral("status: revoked")});
    }

    void checklistDocumentsByName()
    {
        QCOMPARE(
            AuditChanges::lines(
                json(
                    R"({"lines": {"insurance": {"state": {"before": "missing", "after": "present"}},
                                                        "scroll": {"note": {"before": "", "after": "x"}},
                                                        "odd": 5}})"),
                QStringLiteral("application")),
            (QStringList{
                QStringLiteral("Imputed medical insurance contract / State: Missing → Present"),
                QStringLiteral("odd: 5"), QStringLiteral("scroll / Note: — → x")}));
    }

    void emptyDetailsNoLines() { QVERIFY(AuditChanges::lines({}).isEmpty()); }

    void actionLabels()
    {
        QCOMPARE(
            AuditChanges::actionLabel(QStringLiteral("application"), QStringLiteral("checklist")),
            QStringLiteral("Checklist saved"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("application"),
                                           QStringLiteral("status:accepted")),
                 QStringLiteral("Status set: Accepted"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("application"),
                                           QStringLiteral("decision:refuse_intake")),
                 QStringLiteral("Documents refused at intake"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("permit"), QStringLiteral("issue")),
                 QStringLiteral("Permit issued"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("immigrant"), QStringLiteral("update")),
                 QStringLiteral("Immigrant's record edited"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("complaint"), QStringLiteral("resolve")),
                 QStringLiteral("Complaint resolved"));
        // The same action of another record reads as that record's.
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("employer"), QStringLiteral("create")),
                 QStringLiteral("Employer's record created"));
        // Nothing named yet: the code, never an empty cell.
        QCOMPARE(
            AuditChanges::actionLabel(QStringLiteral("application"), QStringLiteral("archive")),
            QStringLiteral("archive"));
        QCOMPARE(AuditChanges::actionLabel(QStringLiteral("permit"), QStringLiteral("archive")),
                 QStringLiteral("permit/archive"));
    }
};

QTEST_GUILESS_MAIN(TestAuditChanges)
#include "tst_audit_changes.moc"
