<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>main</name>
    <message>
        <source>Ruqsat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases</name>
    <message>
        <source>%1 is not possible for a case in the status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CaseWorkflow</name>
    <message>
        <source>Only the head of the akimat (or an administrator) decides on permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding on the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing a permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police have not answered yet: a permit is issued only after a positive answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police answer is negative: refuse on ground 3 (R-REFUSE-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit to extend is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension was applied for on %1, but the permit ending on %2 can only be extended on an application made from %3 to %4 (R-EXTEND-WINDOW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refusal ground %1: the grounds are numbered 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cli</name>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at is required (YYYY-MM-DDTHH:mm, Kazakhstan time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a time YYYY-MM-DDTHH:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--office must be provider or state_corporation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be provider, quality or forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, permit, extension, revocation, termination or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: YYYY-MM-DDTHH:mm (Kazakhstan time); revocation: YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: whose working hours, provider or state_corporation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit: the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit: 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit: the first day of the first permit of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension: the permit&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termination: the day the labour contract ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint: the day it was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint: provider, quality or forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BODY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the dates of the rules with the store&apos;s calendar. Dates are YYYY-MM-DD, times Kazakhstan time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to compute: received, permit, extension, revocation, termination or complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown calculation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no day: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be a number from 2000 to 2100, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE.csv, or export YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a calendar file (replacing the years it covers) or exports a year as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the MRZ lines on the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iin NUMBER, or mrz (the lines on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an IIN or a passport MRZ. Exit code 0: valid; 1: not valid; 2: wrong command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER | ruqsatctl check mrz &lt; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or migrate a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show where the store is, its schema and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute the statutory dates of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an IIN or a passport MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a store with realistic synthetic cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a form of the Rules to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list permits (to find what to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases (to find what to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl &lt;command&gt; [options] [--db STORE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE is sqlite:/path/file.db or postgresql://user@host:port/dbname; without --db, the default store in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many applications to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a store with realistic synthetic cases spread over the last two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already holds the demo data of seed %1; choose another --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases (%3%), %4 cases/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 cases to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the store, or brings it to this program&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only action: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only permits issued on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 list [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists permits: number, immigrant, dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists cases: registry number, people, dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) to %1.</source>
        <translation>
            <numerusform>Printed %n form to %1.</numerusform>
            <numerusform>Printed %n forms to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix number of the form: 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (id or registry number) for forms 1, 3, 4, 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit number for forms 5, 6, 8; several, comma-separated, for 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 5 only: every permit issued on this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kk, ru, en, or kk+ru (one after the other). Default kk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form 5: print as a copy (R-DUPLICATE) with the copy mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of edited templates that win over the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a form of the Rules to a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form must be 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be kk, ru, en or a combination such as kk+ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD and goes with --form 5 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one of --case, --permit or --issued-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 is printed for a case: use --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs the graphical application object; this build of ruqsatctl starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where the store is, its schema version and its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: sqlite:/path/file.db or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or change the administrator&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, or set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists or changes the administrator&apos;s settings: the issuing body and its head, the police body of Appendix 9, working hours, the print template folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain</name>
    <message>
        <source>The date %1 is after the application date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated %1: more than 12 months before the application date (the oldest accepted is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::CalendarCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header date,kind,note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 fields (date,kind,note), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday: a holiday must be a weekday (a holiday on a weekend moves to a weekday; list that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday: a workday exception must be a Saturday or Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be holiday or workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: the first line must be the header date,kind,note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::DocumentValidity</name>
    <message>
        <source>The document was not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the latest border-crossing mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the certificate was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the insurance cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested period is needed to check the insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurance ends on %1, before the end of the requested period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurance starts on %1, after the first day of the requested period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is after the application date %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Iin</name>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 7 (century and sex) is %1; it must be 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD in the %2s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check digit exists for the first 11 digits (both passes give 10): such a number is never assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is %1 but should be %2: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Mrz</name>
    <message>
        <source>An MRZ is 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); got %1 line(s) of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds &quot;%2&quot;; an MRZ has only A-Z, 0-9 and &lt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Parser</name>
    <message>
        <source>The field %1 may hold only digits, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of %1 is &quot;%2&quot; but %3 is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter O and digit 0 look alike: compare the number with the passport page; it was not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 (&quot;%2&quot;) is not a date YYMMDD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::PermitTerm</name>
    <message>
        <source>The first day of the permit is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permit is issued or extended for 1 to 12 months, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit cannot start before the first permit of its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this term the permits since %1 would pass 12 months (the last allowed day is %2); at most %3 month(s) can be granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permits since %1 reach the 12-month limit on %2: no extension is possible; a new permit must be applied for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::intake</name>
    <message>
        <source>Type the surname in Latin letters as in the passport (it is printed on the permit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passport number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the citizenship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the employer&apos;s IIN (12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the employer&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address where the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work address is not among the addresses of the employer&apos;s real estate: add the property to the employer or correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseRegisterModel</name>
    <message>
        <source>Registry No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing</name>
    <message>
        <source>The template %1 has an unclosed placeholder &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 has a malformed placeholder &quot;{{%2}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 closes &quot;%2&quot; which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 never closes the section &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::FormLoader</name>
    <message>
        <source>Unknown form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::Renderer</name>
    <message>
        <source>The template %1 uses the placeholder {{%2}}, which this form does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateSource</name>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::records</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egov.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.enbek.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store</name>
    <message>
        <source>The employer %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The immigrant %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no Ruqsat schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::AttachmentRepository</name>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file: scans must be one of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the limit of %3 for one scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::CaseRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing it (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police check %1 does not exist or was already answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ComplaintRepository</name>
    <message>
        <source>The complaint %1 does not exist or is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ConnectionString</name>
    <message>
        <source>The SQLite connection string names no file: use sqlite:/path/file.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1. Use postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the connection string: set PGPASSWORD or type it when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a user and a database name: postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown store &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1:%2 (database %3, user %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PermitRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is already decided (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a permit in force can be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota is set for this region in %1: the permit cannot be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota of this region for %1 is used up: no permit can be issued until a place is freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit is not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PrintQueries</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has no decision of the kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit %1 has no recorded termination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit %1 has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permit was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permit was issued on the case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::QuotaRepository</name>
    <message>
        <source>A quota cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota cannot be lower than the %1 places already taken by permits in force and reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place is free in the quota: the place cannot be reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Ruqsat (schema %2, needs at least %3; this program knows %4). Update Ruqsat to open it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Ruqsat database: it holds other tables. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SettingsRepository</name>
    <message>
        <source>Working hours need a start before the end and a lunch break inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours need a start before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year rate needs a year from 2000 to 2100, an MCI above zero and an IIT rate above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate for the year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size limit must be a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::UserRepository</name>
    <message>
        <source>No such user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseRegisterWidget</name>
    <message>
        <source>Search: surname or name, IIN, passport, permit or registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::IntakeEditor</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue or extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address (employer&apos;s property)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or scan the passport&apos;s machine readable zone here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname (Latin, as in the passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport series and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n month(s) can be granted.</source>
        <translation>
            <numerusform>At most %n month can be granted.</numerusform>
            <numerusform>At most %n months can be granted.</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the MRZ: surname, names, passport number, citizenship, birth date, sex and expiry. Check them against the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written (%1); keep this window open and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your typing is kept here. Compare, then reopen the case to continue from the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this application before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>Ruqsat: permits to labour immigrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Ruqsat store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruqsat stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) were being typed when Ruqsat last stopped. Open them again?</source>
        <translation>
            <numerusform>%n application was being typed when Ruqsat last stopped. Open it again?</numerusform>
            <numerusform>%n applications were being typed when Ruqsat last stopped. Open them again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreOpener</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreSummaryWidget</name>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour immigrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers&apos; real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit copies issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
