-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 25, PostgreSQL dialect (issue #13): the permit
-- register's search reads only the matches of a clerk's districts, as the
-- case register's does since version 24: each permit keeps copies of its
-- immigrant's and its employer's search text under trigram indexes led by
-- the district, kept by triggers whoever writes. A person's new text now
-- reaches their permits as well as their cases (the owner's function).
-- ruqsat:min_compatible 19

ALTER TABLE permits ADD COLUMN immigrant_text text NOT NULL DEFAULT '',
    ADD COLUMN employer_text text NOT NULL DEFAULT '';
UPDATE permits p SET immigrant_text = i.search_text, employer_text = e.search_text
  FROM immigrants i, employers e WHERE i.id = p.immigrant_id AND e.id = p.employer_id;

-- The same function as the cases' (version 24): the row's people's text.
CREATE TRIGGER permits_people_text BEFORE INSERT OR UPDATE OF immigrant_id, employer_id ON permits
    FOR EACH ROW EXECUTE FUNCTION applications_take_people_text();

CREATE OR REPLACE FUNCTION people_give_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'immigrants' THEN
        UPDATE applications SET immigrant_text = NEW.search_text WHERE immigrant_id = NEW.id;
        UPDATE permits SET immigrant_text = NEW.search_text WHERE immigrant_id = NEW.id;
    ELSE
        UPDATE applications SET employer_text = NEW.search_text WHERE employer_id = NEW.id;
        UPDATE permits SET employer_text = NEW.search_text WHERE employer_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE INDEX permits_immigrant_text ON permits USING gin (district_id, immigrant_text gin_trgm_ops);
CREATE INDEX permits_employer_text ON permits USING gin (district_id, employer_text gin_trgm_ops);
