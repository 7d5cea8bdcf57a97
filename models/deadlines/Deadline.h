// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class QTranslator;

namespace ruqsat::deadlines {

// Says the deadlines' words in the screen's language, or in the language of
// `translator` (a day list printed in Kazakh on a Russian screen).
class Words
{
public:
    explicit Words(const QTranslator *translator = nullptr) : m_translator(translator) {}
    // `source` is marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP under
    // "ruqsat::deadlines"; `n` >= 0 picks the plural and replaces %n.
    QString operator()(const char *source, int n = -1) const;

private:
    const QTranslator *m_translator;
};

// The kinds of statutory clock the Deadlines tab shows, each after its rule.
enum class Kind {
    Decision,         // R-DECISION-TERM: the decision on an application
    PoliceAnswer,     // R-POLICE: the police's answer to a request
    Reservation,      // R-PORTAL-INTENT: a quota place held after the agreement of intent
    ExtensionWindow,  // R-EXTEND-WINDOW: a permit's extension window
    RenewalWindow,    // R-RENEW-AFTER-12: a new permit after 12 months
    Expiry,           // R-TERM: a permit's last day
    RevocationNotice, // R-REVOKE-POLICE: Appendix 9 to the police
    LateTermination,  // R-TERMINATION: an employer's notice that came late
    Complaint,        // R-COMPLAINT-*: a complaint to consider or forward
};

QList<Kind> allKinds();
// The kind's name on the command line and in JSON ("decision", "police_answer", ...).
QString code(Kind kind);
std::optional<Kind> kindFromCode(const QString &code);
// The kind in the screen's language ("Decision due", ...).
QString label(Kind kind, const Words &words = Words());

// How near a clock's last day is, the groups of the tab in their order.
enum class Urgency { Overdue, Today, Tomorrow, ThisWeek, Later };
QList<Urgency> allUrgencies();
QString label(Urgency urgency, const Words &words = Words());
// Overdue before `today`; this week: up to the Sunday of today's week.
Urgency urgencyOf(const QDate &dueOn, const QDate &today);

// One open clock, as the tab and `ruqsatctl deadlines` show it.
struct Deadline
{
    Kind kind = Kind::Decision;
    QString rule;   // the rule's id, R-...
    QDate dueOn;    // the last day in time
    QDate opensOn;  // a window's first day; invalid for other clocks
    QDate doneOn;   // when the act was done, for a clock shown after it
    QString caseId, registryNumber;
    QString permitId, permitNumber;
    int districtId = 0;
    QString clerk;  // login of who took the case in or issued the permit
    QString person; // the immigrant's Latin name
    QString detail; // a complaint's addressee; a case's status
    QString ruleText; // the rule in words, in the screen's language
    QString action;   // what to do, in the screen's language

    // A clock met already (an Appendix 9 notice sent), listed for a few days more.
    bool isDone() const { return kind == Kind::RevocationNotice && doneOn.isValid(); }
};

} // namespace ruqsat::deadlines
