-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 18, PostgreSQL dialect. The decision-term report by
-- citizenship (issue #12) read each decision's application and then its
-- immigrant: two lookups a decision. The application now keeps its
-- immigrant's citizenship, kept by triggers whoever writes (so a previous
-- version of Ruqsat still opens the store and keeps it right), and one index
-- by id holds what the decision reports read of an application. A change of
-- an immigrant's citizenship reaches their applications in every district
-- (the owner's function), not only those the writer's row policies show.
-- ruqsat:min_compatible 11

ALTER TABLE applications ADD COLUMN citizenship text NOT NULL DEFAULT '';
UPDATE applications a SET citizenship = i.citizenship FROM immigrants i WHERE i.id = a.immigrant_id;

CREATE FUNCTION applications_take_citizenship() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $$
BEGIN
    NEW.citizenship := COALESCE((SELECT citizenship FROM immigrants WHERE id = NEW.immigrant_id), '');
    RETURN NEW;
END;
$$;
CREATE TRIGGER applications_citizenship BEFORE INSERT OR UPDATE OF immigrant_id ON applications
    FOR EACH ROW EXECUTE FUNCTION applications_take_citizenship();

CREATE FUNCTION immigrants_give_citizenship() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE applications SET citizenship = NEW.citizenship WHERE immigrant_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER immigrants_citizenship AFTER UPDATE OF citizenship ON immigrants
    FOR EACH ROW WHEN (OLD.citizenship IS DISTINCT FROM NEW.citizenship)
    EXECUTE FUNCTION immigrants_give_citizenship();
REVOKE EXECUTE ON FUNCTION applications_take_citizenship(), immigrants_give_citizenship() FROM PUBLIC;

CREATE INDEX applications_report ON applications (id, decision_due_on, district_id, channel, citizenship);
