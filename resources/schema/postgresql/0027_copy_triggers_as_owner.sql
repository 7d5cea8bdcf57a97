-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 27, PostgreSQL dialect (issue #13): the triggers
-- that copy a person's citizenship and search text into their cases and
-- permits (versions 18, 24-26) and a case's sort name into its permit
-- (version 2) read as the schema's owner. Run as the writer, each lookup went
-- through row security, whose policy reads the writer's districts again for
-- every row: three quarters of a millisecond per case, half of the time of
-- writing a demo store of a million cases as its administrator. A case's
-- citizenship and people's text are now taken by one trigger, in one lookup
-- of the immigrant.
--
-- Reading as the owner shows the writer nothing they could not see already:
-- the row being written names the person or the case, and a district sees
-- every person its cases name (version 22). The search path is fixed, so
-- that a temporary table of the writer's cannot stand in for the owner's.
-- ruqsat:min_compatible 19

CREATE FUNCTION applications_take_people() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    SELECT i.search_text, i.citizenship INTO NEW.immigrant_text, NEW.citizenship
      FROM immigrants i WHERE i.id = NEW.immigrant_id;
    NEW.immigrant_text := COALESCE(NEW.immigrant_text, '');
    NEW.citizenship := COALESCE(NEW.citizenship, '');
    NEW.employer_text := COALESCE((SELECT search_text FROM employers WHERE id = NEW.employer_id), '');
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION applications_take_people() FROM PUBLIC;
-- Whoever writes the copies, or the people they come from, gets the
-- people's values (version 26 for the text; now the citizenship too).
DROP TRIGGER applications_citizenship ON applications;
DROP TRIGGER applications_people_text ON applications;
CREATE TRIGGER applications_people
    BEFORE INSERT OR UPDATE OF immigrant_id, employer_id, immigrant_text, employer_text, citizenship
    ON applications FOR EACH ROW EXECUTE FUNCTION applications_take_people();

-- The permits' copies (version 25) and their sort name (version 2).
ALTER FUNCTION applications_take_people_text() SECURITY DEFINER;
ALTER FUNCTION permits_immigrant_sort_new() SECURITY DEFINER SET search_path = public, pg_temp;
REVOKE EXECUTE ON FUNCTION permits_immigrant_sort_new() FROM PUBLIC;

-- A case whose citizenship was set apart from its immigrant's before this
-- version takes the immigrant's.
UPDATE applications a SET citizenship = i.citizenship
  FROM immigrants i WHERE i.id = a.immigrant_id AND a.citizenship IS DISTINCT FROM i.citizenship;
