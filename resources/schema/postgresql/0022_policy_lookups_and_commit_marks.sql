-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 22 (issue #13): the same row security as version
-- 11, written so that PostgreSQL looks rows up instead of scanning, and the
-- commit marks that let a desk learn after a lost connection whether its
-- last step was saved.
--
-- Version 11 let a district see a person its applications name with
-- "OR id IN (SELECT immigrant_id FROM applications)". Under an OR the
-- planner cannot make that IN a join; once a district's applications do not
-- fit in work_mem it runs the subquery again for every person row, and a
-- clerk's search at 1,000,000 cases did not finish in ten minutes. An EXISTS
-- on the foreign key is one index probe per row, inside or outside an OR.
--
-- The districts of the caller are read once per statement through a scalar
-- subquery (an InitPlan; the CAST makes ANY take the array, not a set), so
-- that "district_id = ANY (...)" can also be an index condition and a
-- register page walks its sort index.
-- ruqsat:min_compatible 19

DO $$
DECLARE
    mine constant text := 'district_id = ANY (CAST((SELECT ruqsat_my_districts()) AS integer[]))';
    rule record;
BEGIN
    FOR rule IN SELECT * FROM (VALUES
        ('applications', mine),
        ('permits', mine),
        ('immigrants', mine || ' OR EXISTS (SELECT 1 FROM applications a WHERE a.immigrant_id = immigrants.id)'),
        ('employers', mine || ' OR EXISTS (SELECT 1 FROM applications a WHERE a.employer_id = employers.id)'),
        ('family_members', 'EXISTS (SELECT 1 FROM immigrants i WHERE i.id = family_members.immigrant_id)'),
        ('employer_properties', 'EXISTS (SELECT 1 FROM employers e WHERE e.id = employer_properties.employer_id)'),
        ('checklist_items', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = checklist_items.application_id)'),
        ('attachments', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = attachments.application_id)'),
        ('police_checks', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = police_checks.application_id)'),
        ('decisions', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = decisions.application_id)'),
        ('quota_reservations', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = quota_reservations.application_id)'),
        ('arrival_checks', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = arrival_checks.application_id)'),
        ('complaints', 'EXISTS (SELECT 1 FROM applications a WHERE a.id = complaints.application_id)'
                       ' OR EXISTS (SELECT 1 FROM permits p WHERE p.id = complaints.permit_id)'),
        ('permit_copies', 'EXISTS (SELECT 1 FROM permits p WHERE p.id = permit_copies.permit_id)'),
        ('terminations', 'EXISTS (SELECT 1 FROM permits p WHERE p.id = terminations.permit_id)'),
        ('revocations', 'EXISTS (SELECT 1 FROM permits p WHERE p.id = revocations.permit_id)'),
        ('labour_contracts', 'EXISTS (SELECT 1 FROM permits p WHERE p.id = labour_contracts.permit_id)'))
        AS t (name, expr)
    LOOP
        EXECUTE format('ALTER POLICY district ON %I USING (%s) WITH CHECK (%s)',
                       rule.name, rule.expr, rule.expr);
    END LOOP;

    ALTER POLICY district ON audit_log
        USING (district_id = ANY (CAST((SELECT ruqsat_my_districts()) AS integer[])) OR actor = current_user
               OR pg_has_role(current_user, 'ruqsat_admin', 'MEMBER'));
END;
$$;

-- A mark written by every write transaction of a desk just before COMMIT
-- (store::Transaction). When the connection breaks while COMMIT is on its
-- way, the desk, connected again, looks for its mark to learn whether the
-- step was saved before it runs it again (store::ServerRetry): never twice,
-- never lost. A transaction number would not do: one the server had not yet
-- logged is handed out again after a crash. Each role sees its own marks;
-- a desk removes its marks older than a day when it opens the store.
CREATE TABLE commit_marks (
    token   uuid PRIMARY KEY,
    made_by name NOT NULL DEFAULT current_user,
    made_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commit_marks_made ON commit_marks (made_by, made_at);
ALTER TABLE commit_marks ENABLE ROW LEVEL SECURITY;
ALTER TABLE commit_marks FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON commit_marks TO ruqsat_clerk
    USING (made_by = current_user) WITH CHECK (made_by = current_user);
DO $$
BEGIN
    EXECUTE format('CREATE POLICY owner ON commit_marks TO %I USING (true) WITH CHECK (true)',
                   current_user);
END;
$$;
GRANT SELECT, INSERT, DELETE ON commit_marks TO ruqsat_clerk;
