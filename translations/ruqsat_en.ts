<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ruqsat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::audit::AuditChain</name>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written: its contents no longer match its hash. The rows before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it: a row was removed before it, or it was inserted. The rows before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 has no hash: it was written around the program. The rows before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), verified up to row %1, written %2.</source>
        <translation>
            <numerusform>The audit log is intact: %n row, verified up to row %1, written %2.</numerusform>
            <numerusform>The audit log is intact: %n rows, verified up to row %1, written %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::audit::AuditChanges</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on arrival recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: issue the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: extend the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents refused at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota place reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota place released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota reservation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the permit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour contract recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant&apos;s record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant&apos;s record edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s record edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Administration</name>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota is set for a year from 2000 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district needs its name in Kazakh and in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KATO code has 9 digits; leave it empty until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region already has the district &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a login and a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CalendarAdministration</name>
    <message>
        <source>Only an administrator changes the working-day calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday, a day off already: a holiday that falls on a weekend moves to a working day, and that day is the one to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday, a working day already: only a Saturday or Sunday can be made a worked day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no day: nothing to import.</source>
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
        <source>The permit to extend is not in the store.</source>
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
    <message>
        <source>%1 is not possible for a case in the status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police answer is negative: refuse on ground 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension was applied for on %1, but the permit ending on %2 can only be extended on an application made from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the four checks of the day the documents arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::PermitActions</name>
    <message>
        <source>The permit %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a permit in force can end with its labour contract; the permit %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the labour contract ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour contract cannot have ended on %1, before the permit started on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the employer&apos;s notice arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of revocation %1 is outside the permit&apos;s term, %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labour contract is recorded only under a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the labour contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the contract is registered: the unified system of labour contracts or hr.enbek.kz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the labour contract was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot be registered on %1, before it was concluded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the labour contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot start on %1, before it was concluded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot end on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is issued only of a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ended on %1, after the permit&apos;s last day %2: the permit expired, it was not terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a permit in force can be revoked; the permit %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the body that issued the act the revocation rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the act the revocation rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the act the revocation rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit cannot be revoked on %1, before the act of %2 it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was concluded on %1, before the permit&apos;s first day %2: it is concluded after the permit is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was concluded on %1, after the permit&apos;s last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract must lie within the permit&apos;s term, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of the akimat (or an administrator) revokes permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit is not revoked: there is no Appendix 9 to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9 is sent on or after the day of revocation, and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::RefusalProposals</name>
    <message>
        <source>Check failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police answer is negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Renewal</name>
    <message>
        <source>Permit No. %1 of this person reaches 12 months with its extensions and ends on %2: a new permit is applied for from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was received on %1, but after permit No. %2, which reaches 12 months on %3, a new permit is only applied for from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Session</name>
    <message>
        <source>This case belongs to another district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::StepSummaries</name>
    <message>
        <source>an unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to accept the documents of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of Appendix 4 lists them; print it in two copies. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to the police for the check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is due by %1. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>from %1 to %2 (%n month)</numerusform>
            <numerusform>from %1 to %2 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend permit No. %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension runs %1, on the permit&apos;s place in the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a permit to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1; it takes a place of the region&apos;s quota for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse %1 on ground %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal (Appendix 7) is recorded. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke permit No. %1 of %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On act No. %1 of %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay ends on %1; the police are told (Appendix 9) by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: asked on %1, the answer is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: positive answer of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: negative answer of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota of %1 is set for %2: an administrator sets it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places in the quota of %1, %2: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place is reserved for this case; the permit takes it.</source>
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
        <source>Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the districts, or set the issuing and police bodies of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, or set DISTRICT KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the districts with the bodies their forms name, or sets one of them. DISTRICT is the id that &quot;list&quot; shows or the district&apos;s KATO code; KEY is one of: %1. An empty VALUE clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: ruqsatctl districts list [--json] | ruqsatctl districts set DISTRICT KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district&apos;s body. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no district &quot;%1&quot;; &quot;ruqsatctl districts list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or print anyway with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print even when the district&apos;s issuing body, its head or its police body is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists or changes the administrator&apos;s settings: working hours, the print template folder, the largest scan. The issuing body, its head and the police body belong to each district: see &quot;ruqsatctl districts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set for each district now: ruqsatctl districts set DISTRICT %1 VALUE (&quot;ruqsatctl districts list&quot; shows the districts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list permits (to find what to print), or record and print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the permit in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a copy is issued: lost (the default) or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a copy of a permit in force, issued in place of a lost or damaged one, and prints it to a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf [--lang LANG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason must be lost or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy No. %1 of the permit %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the copy No. %1 of the permit %2 and printed it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here: &quot;ruqsatctl permits copy NUMBER -o FILE&quot; records a copy and prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of a permit is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a permit (form 5) has copies, and a copy is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the audit log: walks its hash chain and names the first row that was altered, removed or inserted. Exit code 0: intact; 1: not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: ruqsatctl audit verify [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain (audit verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator imports the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as LOGIN (or set RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has users: log in with --user LOGIN (or RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make the accounts admin, and head.CODE and clerk.CODE for each district (CODE its KATO code), all with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator fills a store with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (they exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and change users (on a server: their login roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district has the code %1 (see ruqsatctl districts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password (at least 10 characters) in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server, as its superuser: also make the first administrator LOGIN (the password from RUQSAT_NEW_PASSWORD or asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s districts (KATO codes or ids, by commas); else all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the store, or brings it to this program&apos;s schema. On PostgreSQL, run as a superuser, it also secures the server: the tables belong to the NOLOGIN role ruqsat_owner and every user is a login role (docs/SERVER.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin makes the first administrator of a PostgreSQL server; on an SQLite store the first start of the window does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server as %1, not as %2: name the user in the store&apos;s address or with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role: --role clerk, head or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user&apos;s password in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is clerk, head or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, head or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The districts the new user works in: KATO codes or ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s full name (else the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, deactivate LOGIN or activate LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and changes the store&apos;s users. On a secured server each user is a PostgreSQL login role; deactivating one also ends its sessions. Changes need an administrator&apos;s login. The new user&apos;s password comes from RUQSAT_NEW_PASSWORD or is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every open statutory clock, the most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of deadline &quot;%1&quot;; the kinds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from this day instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district (KATO code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these kinds, comma-separated: decision, police_answer, reservation, extension_window, renewal_window, expiry, revocation_notice, late_termination, complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clocks of this user&apos;s cases and permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every open statutory clock of your districts, the most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--district takes one district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list each region&apos;s quota of a year: limit, in force, reserved, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotas of this year instead of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each region&apos;s quota of a year: the limit, the permits in force, the reserved and the free places; low when 10% or less is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year from 2000 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE.csv, export YEAR (or all), or years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a calendar file (replacing the years it covers), exports a year or all years as CSV, or lists the years the calendar covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR|all | ruqsatctl calendar years [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count permits, refusals and decisions of a period, grouped (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required: a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by: %1 (ground: refusals only). Without it, the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8) with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts what the store holds of one kind over a period, within your districts: permits issued, extended, revoked, terminated, copies, refusals, refusals at intake, or decisions in time and late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one kind of report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only refusals have a ground: --by ground goes with the report &quot;refused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins: --to must be on or after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output: --json or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issued-on lists a day&apos;s batch; it does not combine with the register&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the register&apos;s search box finds: any three letters of a name (either script, any usual spelling), an IIN, a passport, registry or permit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind: issue, extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel: state_corporation, egov, enbek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases whose decision is due: today, overdue, week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by: received (default), due, registry, immigrant, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only permits in this state today: in_force, expiring, expired, revoked, terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by: from (default), to, number, immigrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order (the default is descending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--district takes a district&apos;s id (ruqsatctl districts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes one of: issue, extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel takes one of: state_corporation, egov, enbek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes a case status: draft, submitted, refused_intake, accepted, police_check, issued, extended, refused, withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints</name>
    <message>
        <source>The akimat (the service provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorised body for the quality of public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal body: forward with the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the State Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue of the permit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of the permit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to accept the documents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action or inaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forwarded on %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: granted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints::ComplaintActions</name>
    <message>
        <source>This complaint was resolved on %1; a resolution is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint about the State Corporation&apos;s staff goes to its head: it is forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint to the service provider or the quality body is considered here: grant or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint on a decision is not rejected by the body that took it: forward it with the case file, or grant it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the complaint was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint registered on %1 cannot be resolved on %2, before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the resolution, %1, has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint had to be granted or forwarded by %1: after that day it goes to the body that considers it, with the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the body the complaint was forwarded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reasons for rejecting the complaint: the complainant receives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose to whom the complaint is addressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who makes the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the complaint was registered: its term runs from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is registered on a permit or on a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision appealed is not one of this case&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting or rejecting a complaint is the head&apos;s decision; a clerk forwards it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines</name>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota reservation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New permit after 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9 to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late termination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decision is taken within %n working day(s) of receipt.</source>
        <translation>
            <numerusform>The decision is taken within %n working day of receipt.</numerusform>
            <numerusform>The decision is taken within %n working days of receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide: issue, extend or refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The police answer within %n working day(s).</source>
        <translation>
            <numerusform>The police answer within %n working day.</numerusform>
            <numerusform>The police answer within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the police for their answer, then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A quota place is held %n calendar day(s) after the agreement of intent.</source>
        <translation>
            <numerusform>A quota place is held %n calendar day after the agreement of intent.</numerusform>
            <numerusform>A quota place is held %n calendar days after the agreement of intent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the permit by this day, or the place is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is applied for from %1 to %2 calendar days before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the employer: extension from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After 12 months a new permit is applied for in the last %n day(s) of the current one.</source>
        <translation>
            <numerusform>After 12 months a new permit is applied for in the last %n day of the current one.</numerusform>
            <numerusform>After 12 months a new permit is applied for in the last %n days of the current one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the employer: a new permit from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit is valid up to its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer be extended; it expires after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appendix 9 goes to the police within %n working day(s) of revocation.</source>
        <translation>
            <numerusform>Appendix 9 goes to the police within %n working day of revocation.</numerusform>
            <numerusform>Appendix 9 goes to the police within %n working days of revocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Appendix 9 and send it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The employer notifies within %n working day(s) of the contract&apos;s end.</source>
        <translation>
            <numerusform>The employer notifies within %n working day of the contract&apos;s end.</numerusform>
            <numerusform>The employer notifies within %n working days of the contract&apos;s end.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice came late, on %1: tell the labour inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An appealed body forwards the complaint with the case file within %n working day(s), unless it grants it in full.</source>
        <translation>
            <numerusform>An appealed body forwards the complaint with the case file within %n working day, unless it grants it in full.</numerusform>
            <numerusform>An appealed body forwards the complaint with the case file within %n working days, unless it grants it in full.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward the complaint with the case file, or grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The quality body considers a complaint within %n working day(s).</source>
        <translation>
            <numerusform>The quality body considers a complaint within %n working day.</numerusform>
            <numerusform>The quality body considers a complaint within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the quality body&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A complaint to the provider is considered within %n working day(s).</source>
        <translation>
            <numerusform>A complaint to the provider is considered within %n working day.</numerusform>
            <numerusform>A complaint to the provider is considered within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consider the complaint and answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory deadlines on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines::CalendarCoverage</name>
    <message>
        <source>The working-day calendar has no days of %1: deadlines in that year are counted as plain Monday-to-Friday weeks, without its holidays and day swaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working-day calendar has no days of %1 and %2: deadlines in those years are counted as plain Monday-to-Friday weeks, without their holidays and day swaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to import the year&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the year&apos;s calendar in Tools › Administration › Calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::ArrivalChecks</name>
    <message>
        <source>The documents of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application against the passport data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizenship (Law on population migration, art. 43-1 §1 sub. 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions of the Law on population migration, art. 43-2 §5</source>
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
    <message>
        <source>Dated %1: more than 12 months before the application date (the oldest accepted is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::FieldLimits</name>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
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
        <source>Home telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s identity document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s residential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note with the rule&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police check note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 fit here. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
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
    <name>ruqsat::domain::IitAdvance</name>
    <message>
        <source>Type the amount paid on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount was not checked: there is no IIT rate for %1 (the administrator enters the year&apos;s MCI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT less than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>%1 KZT paid, %2 KZT less than the %3 KZT due for %n month at the rate of %4.</numerusform>
            <numerusform>%1 KZT paid, %2 KZT less than the %3 KZT due for %n months at the rate of %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT more than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>%1 KZT paid, %2 KZT more than the %3 KZT due for %n month at the rate of %4.</numerusform>
            <numerusform>%1 KZT paid, %2 KZT more than the %3 KZT due for %n months at the rate of %4.</numerusform>
        </translation>
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
    <name>ruqsat::domain::TypedDate</name>
    <message>
        <source>Type the date (DD.MM.YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible date: type a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date %1: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 20.03.2026.</source>
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
    <message>
        <source>The permit is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No. %1 is not in force: only a permit in force is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of permit No. %1 is not complete in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No. %1 ends its 12-month chain on %2 and cannot be extended; a new permit may be applied for from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No. %1 ends on %2: an extension is applied for from %3 to %4; today is outside that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the spouse&apos;s year of birth in four digits, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity document cannot be issued after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day and time the application was received (DD.MM.YYYY HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application cannot be received later than now: correct the day or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement of intent is signed before the application is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on record &quot;%2&quot;, typed &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record with other details (%2). Choose whether this case keeps the details on record or the employer is updated for every case that names them; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day and time as DD.MM.YYYY HH:MM, for example 20.03.2026 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not saved: its district is not one of yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
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
    <name>ruqsat::itemmodels::ComplaintListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case / permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::DeadlineTreeModel</name>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::PermitRegisterModel</name>
    <message>
        <source>%1, IIN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No.</source>
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
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::BodyCheck</name>
    <message>
        <source>Not set for the district %1: %2.</source>
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
    <name>ruqsat::printing::TemplateCheck</name>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print template %1 lacks the field {{%2}}: Appendix %3 cannot be printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print template %1 names {{%2}}, which Appendix %3 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateEngine</name>
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
    <name>ruqsat::quotas::QuotaDesk</name>
    <message>
        <source>The quota has no places: no permit can be issued on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places free: %1 of %2 (10% or less).</source>
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
    <name>ruqsat::records::DistrictBodies</name>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s full name (signs the permits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::records::RecordChanges</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
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
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
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
        <source>Labour immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term asked, months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::reports</name>
    <message>
        <source>State Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egov.kz portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.enbek.kz portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals to accept the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of permits issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions in time and late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
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
    <message>
        <source>The PostgreSQL address takes only sslmode and sslrootcert after &quot;?&quot;, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 in the PostgreSQL address may not contain spaces or semicolons.</source>
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
    <message>
        <source>There is no Ruqsat store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Ruqsat store. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database without tables, not a Ruqsat store. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store is made there only on purpose, with: ruqsatctl init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: this store&apos;s file or folder cannot be written. You can look up and print; saving is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a store at %1: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Ruqsat (schema %2; this program uses %3) and must be upgraded, which is not possible while its file or folder is read-only. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the audit log of this store has lost its protection (its triggers are missing), so no change can be recorded for certain. You can look up and print; saving is not possible until an administrator restores the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a superuser of the PostgreSQL server can secure a store (%1 is not one). Run init as the server&apos;s superuser, for example postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1:%2 cannot be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::DemoWriter</name>
    <message>
        <source>This store already holds these demo people: their seed was written to it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer gave out an IIN of this batch meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::EmployerRepository</name>
    <message>
        <source>Someone else saved this employer while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ImmigrantRepository</name>
    <message>
        <source>Someone else saved this immigrant while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
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
    <message>
        <source>The permit %1 is not revoked</source>
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
    <message>
        <source>This store has never printed a permit and can only be read: the key that signs the permit&apos;s QR code cannot be made. Print from a store that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district of %1 is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permits %1 and %2 were issued in different districts (%3, %4): Appendix 9 goes from one district to its police body, so print one for each district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Query</name>
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
        <source>The store can only be read: saving is not possible. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: saving is not possible. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let your role do this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. This step was not saved; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cancelled this step because another user&apos;s change collided with it. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving: whether this step was saved is not known yet. Look at the case when the server is back before doing it again.</source>
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
    <name>ruqsat::store::ReferenceRepository</name>
    <message>
        <source>There is no district %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaCheck</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema_version table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema_version table does not record Ruqsat&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema_version table is not Ruqsat&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 of a Ruqsat store is missing</source>
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
        <source>The database %1 holds no Ruqsat store yet. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): %3 Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): rows of %3 refer to rows of %4 that do not exist. Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRetry</name>
    <message>
        <source>The server cannot be reached; trying again in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRoles</name>
    <message>
        <source>The server already has a role named %1: choose another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator must stay an active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2 to 63 small Latin letters, digits, dots, dashes or underscores, beginning with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the districts is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s tables belong to the role %1, which can log in. Give them to ruqsat_owner first (docs/SERVER.md), then run init again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
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
    <name>ruqsat::store::SqliteInspection</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
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
</context>
<context>
    <name>ruqsat::store::StoreFiles</name>
    <message>
        <source>%1 belongs to the open Ruqsat store and was not touched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::store::UserRepository</name>
    <message>
        <source>No such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdminPage</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ArrivalChecksBox</name>
    <message>
        <source>Checks on the day the documents arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarDayDialog</name>
    <message>
        <source>&amp;Holiday: this weekday is not worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worked day: this Saturday or Sunday is worked (a day swap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a day off, as every Saturday and Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a working day, as every weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Nauryz, or the decree of the day swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar holds no day of %1 yet. After this change the year counts as entered and the Deadlines tab no longer warns about it: enter all its holidays and day swaps, or import the year&apos;s file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarYearView</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the years a calendar file lists with its days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;year...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all years...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day, or press Enter on it, to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar covers no year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar holds no day of %1: it shows plain weeks, and deadlines in that year are counted without holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and the calendar is unchanged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than any calendar file (1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days in the calendar now, %3 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the holidays and worked days of these years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of other years stay as they are. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: the calendar of %2 is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year of the calendar is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseHistoryView</name>
    <message>
        <source>Choose a row to read all it changed.</source>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseView</name>
    <message>
        <source>Decide on the &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the &amp;police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 1: application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 4: refusal to accept documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 7: refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
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
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 3: agreement of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cells of the checklist need attention: the lines under it say what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checklist stays on screen until you choose. Kept, it can be decided again while the case waits for a decision; the record keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my checklist on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the saved checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintDialog</name>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration.</source>
        <translation>
            <numerusform>%1: %n working day after registration.</numerusform>
            <numerusform>%1: %n working days after registration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day of registration to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintsTab</name>
    <message>
        <source>&amp;Resolve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward, grant or reject the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ContractDialog</name>
    <message>
        <source>Labour contract under permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified system of labour contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hr.enbek.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the permit&apos;s term, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dates to see them checked against the permit&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CopyDialog</name>
    <message>
        <source>Copy of permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permit was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued today, with the same number and a visible &quot;copy&quot; mark. Copies issued so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DeadlinesDesk</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print day list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines (%1 overdue, %2 today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9 &amp;sent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day Appendix 9 went to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day Appendix 9 went to the police (dd.mm.yyyy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the next %n clock(s)</source>
        <translation>
            <numerusform>Read the next %n clock</numerusform>
            <numerusform>Read the next %n clocks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clocks shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DifferencesDialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DistrictsPage</name>
    <message>
        <source>&amp;Add the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, or empty until known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the Russian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms of a district name its issuing body, its head and its police body. Select a district, then double-click a value to change it; it is saved when you press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n empty</numerusform>
            <numerusform>%n empty</numerusform>
        </translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldDelegate</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldInput</name>
    <message numerus="yes">
        <source>This field holds at most %n character(s): what would go past that was not taken.</source>
        <translation>
            <numerusform>This field holds at most %n character: what would go past that was not taken.</numerusform>
            <numerusform>This field holds at most %n characters: what would go past that was not taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
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
        <source>Unsaved application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this application before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse (surname, name, patronymic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (DD.MM.YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary, KZT a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as received on %1; the decision is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>First start: the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Ruqsat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no users yet. Create the administrator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a login and the full name.</source>
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
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MonthGrid</name>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off (Saturday, Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked day (a day swap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitActionDialog</name>
    <message>
        <source>Permit No. %1, valid from %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitDesk</name>
    <message>
        <source>&amp;Extend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy issued...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Termination...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour &amp;contract...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;batch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected permits, or all those issued on a day, into one PDF or to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the application anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 6: termination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 8: revocation, to the immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9: revocation, to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all permits issued on the day (DD.MM.YYYY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitRegisterWidget</name>
    <message>
        <source>Search: permit number, IIN, passport, surname or name, registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
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
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n permit</numerusform>
            <numerusform>%n permits</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PoliceAnswerDialog</name>
    <message>
        <source>Police: positive answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: negative answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrintPreview</name>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the permits as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permits.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing %n permit(s)...</source>
        <translation>
            <numerusform>Printing %n permit...</numerusform>
            <numerusform>Printing %n permits...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing was cancelled after %n form(s).</source>
        <translation>
            <numerusform>Printing was cancelled after %n form.</numerusform>
            <numerusform>Printing was cancelled after %n forms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those lines of the form would be blank or in another language. An administrator sets them in Tools › Administration › Districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasPage</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the places of a region to set its quota. Taken counts the permits in force and the reservations; the quota cannot go below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of places as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasTab</name>
    <message>
        <source>&amp;Change limit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits issued on the quota of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued since 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of the regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RefusalDialog</name>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the case&apos;s record suggests a ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s record suggests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground (Appendix 2, row 9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterView</name>
    <message>
        <source>Not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district is assigned to you, so the registers show nothing. Ask the administrator to give you your districts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ReportsTab</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later &quot;To&quot; day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in no district: the reports count nothing. An administrator gives you your districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ResolveComplaintDialog</name>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint of %1, registered on %2, on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to: %1. Appeals: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration (%2).</source>
        <translation>
            <numerusform>%1: %n working day after registration (%2).</numerusform>
            <numerusform>%1: %n working days after registration (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that considers the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the complaint as &quot;%1&quot;? A resolution is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RevocationDialog</name>
    <message>
        <source>Revocation of permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body supervising labour or migration law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix 9 to the police by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of stay (Appendix 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after revocation.</source>
        <translation>
            <numerusform>%1: %n working day after revocation.</numerusform>
            <numerusform>%1: %n working days after revocation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calendar day(s) after revocation.</source>
        <translation>
            <numerusform>%1: %n calendar day after revocation.</numerusform>
            <numerusform>%1: %n calendar days after revocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day of revocation to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SaveQuestions</name>
    <message>
        <source>Employer already on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record, with other details than those typed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the employer changes them on every case that names them, older cases included. Keeping the details on record leaves those cases as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate typed that is not on record is added to the employer either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the details on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the employer for every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your typing stays on screen until you choose. Saving yours replaces the saved values shown; the record keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mine over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;: it is no longer a draft, so your typing cannot be saved over it. Your typing stays on screen until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScanViewer</name>
    <message>
        <source>Cannot show the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewer opened the file; it is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScansBox</name>
    <message>
        <source>&amp;Attach scans...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ServerBanner</name>
    <message numerus="yes">
        <source>The connection to the server %1 is lost. Trying again in %n s. What you type stays on this computer; save it once the server is back.</source>
        <translation>
            <numerusform>The connection to the server %1 is lost. Trying again in %n s. What you type stays on this computer; save it once the server is back.</numerusform>
            <numerusform>The connection to the server %1 is lost. Trying again in %n s. What you type stays on this computer; save it once the server is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsPage</name>
    <message>
        <source>Folder of edited print forms (empty: the built-in forms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat: work starts (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat: lunch starts (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat: lunch ends (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat: work ends (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Corporation: work starts (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Corporation: work ends (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest scan accepted, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of edited print forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a value to change it; it is saved when you press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of edited print forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of edited print forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No store here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty Ruqsat store there? If not, it stays as it is.</source>
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
    <message>
        <source>&amp;Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::TerminationDialog</name>
    <message>
        <source>End of work under permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour contract ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s notice received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice came late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after the contract ended.</source>
        <translation>
            <numerusform>%1: %n working day after the contract ended.</numerusform>
            <numerusform>%1: %n working days after the contract ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day the contract ended to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::UsersPage</name>
    <message>
        <source>&amp;Add the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user picked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dis&amp;tricts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new districts apply from the user&apos;s next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::YearRatesPage</name>
    <message>
        <source>&amp;Save the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCI, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIT advance a month, in MCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIT advance a month, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCI of the year, tenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ruqsat::users::LoginGuard</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong too many times in a row. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>The password was wrong too many times in a row. Wait %n second, then try again.</numerusform>
            <numerusform>The password was wrong too many times in a row. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::users::ServerLogin</name>
    <message>
        <source>The role %1 is not an active Ruqsat user of this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
