-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 24, PostgreSQL dialect (issue #13): a clerk's search
-- reads only the matches of their districts. Through the people (schema 20)
-- the trigram index finds a name's matches in the whole region, and row
-- security then checks every one against the clerk's districts: "holm" at a
-- million cases matched 36,349 people to keep 1,562 (340 ms). Each case now
-- keeps its immigrant's and its employer's search text, apart so that the
-- words of a search still have to be one person's, under trigram indexes
-- led by the district (btree_gin), kept by triggers whoever writes (as the
-- citizenship of schema 18): a case takes its people's text, and a person's
-- new text reaches their cases in every district (the owner's function).
-- ruqsat:min_compatible 19

CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE applications ADD COLUMN immigrant_text text NOT NULL DEFAULT '',
    ADD COLUMN employer_text text NOT NULL DEFAULT '';
UPDATE applications a SET immigrant_text = i.search_text, employer_text = e.search_text
  FROM immigrants i, employers e WHERE i.id = a.immigrant_id AND e.id = a.employer_id;

CREATE FUNCTION applications_take_people_text() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $$
BEGIN
    NEW.immigrant_text := COALESCE((SELECT search_text FROM immigrants WHERE id = NEW.immigrant_id), '');
    NEW.employer_text := COALESCE((SELECT search_text FROM employers WHERE id = NEW.employer_id), '');
    RETURN NEW;
END;
$$;
CREATE TRIGGER applications_people_text BEFORE INSERT OR UPDATE OF immigrant_id, employer_id ON applications
    FOR EACH ROW EXECUTE FUNCTION applications_take_people_text();

CREATE FUNCTION people_give_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'immigrants' THEN
        UPDATE applications SET immigrant_text = NEW.search_text WHERE immigrant_id = NEW.id;
    ELSE
        UPDATE applications SET employer_text = NEW.search_text WHERE employer_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER immigrants_give_text AFTER UPDATE OF search_text ON immigrants
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION people_give_text();
CREATE TRIGGER employers_give_text AFTER UPDATE OF search_text ON employers
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION people_give_text();
REVOKE EXECUTE ON FUNCTION applications_take_people_text(), people_give_text() FROM PUBLIC;

CREATE INDEX applications_immigrant_text ON applications USING gin (district_id, immigrant_text gin_trgm_ops);
CREATE INDEX applications_employer_text ON applications USING gin (district_id, employer_text gin_trgm_ops);
