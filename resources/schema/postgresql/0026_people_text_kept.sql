-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 26, PostgreSQL dialect (issue #13): the cases' and
-- permits' copies of their people's search text (versions 24 and 25) are the
-- people's, whoever writes. A clerk may update the cases of their districts,
-- and an UPDATE that set immigrant_text or employer_text itself kept its own
-- text, so that the case would be found by a name it does not bear, or not
-- by its own. The trigger now also runs when those columns are written, and
-- puts the people's text back; copies that differ are put right here.
-- ruqsat:min_compatible 19

DROP TRIGGER applications_people_text ON applications;
CREATE TRIGGER applications_people_text
    BEFORE INSERT OR UPDATE OF immigrant_id, employer_id, immigrant_text, employer_text ON applications
    FOR EACH ROW EXECUTE FUNCTION applications_take_people_text();
DROP TRIGGER permits_people_text ON permits;
CREATE TRIGGER permits_people_text
    BEFORE INSERT OR UPDATE OF immigrant_id, employer_id, immigrant_text, employer_text ON permits
    FOR EACH ROW EXECUTE FUNCTION applications_take_people_text();

UPDATE applications a SET immigrant_text = i.search_text, employer_text = e.search_text
  FROM immigrants i, employers e
 WHERE i.id = a.immigrant_id AND e.id = a.employer_id
   AND (a.immigrant_text IS DISTINCT FROM i.search_text OR a.employer_text IS DISTINCT FROM e.search_text);
UPDATE permits p SET immigrant_text = i.search_text, employer_text = e.search_text
  FROM immigrants i, employers e
 WHERE i.id = p.immigrant_id AND e.id = p.employer_id
   AND (p.immigrant_text IS DISTINCT FROM i.search_text OR p.employer_text IS DISTINCT FROM e.search_text);
