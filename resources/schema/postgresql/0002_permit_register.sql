-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 2, PostgreSQL dialect: the permit register.
-- The register pages by keyset on (sort value, id) over any number of
-- permits, like the case register: one index per sort column, per common
-- filter, and per search that ends on permits. It only adds (a column the
-- triggers keep, indexes), so a program of schema 1 still works on it.
-- ruqsat:min_compatible 1

-- The immigrant's Latin name, lower case, copied from the case: sorting by
-- name needs it on permits to have an index. Triggers keep it, so every
-- writer of permits (issue, demo, an older program) fills it without knowing.
ALTER TABLE permits ADD COLUMN immigrant_sort TEXT NOT NULL DEFAULT '';
UPDATE permits p SET immigrant_sort = a.immigrant_sort FROM applications a WHERE a.id = p.application_id;

CREATE FUNCTION permits_immigrant_sort_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.immigrant_sort := COALESCE((SELECT immigrant_sort FROM applications WHERE id = NEW.application_id), '');
    RETURN NEW;
END
$$;
CREATE TRIGGER permits_immigrant_sort_new BEFORE INSERT ON permits
    FOR EACH ROW EXECUTE FUNCTION permits_immigrant_sort_new();

-- ImmigrantRepository renames the cases' copy; the permits follow.
CREATE FUNCTION permits_immigrant_sort_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE permits SET immigrant_sort = NEW.immigrant_sort WHERE application_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER permits_immigrant_sort_renamed AFTER UPDATE OF immigrant_sort ON applications
    FOR EACH ROW WHEN (OLD.immigrant_sort IS DISTINCT FROM NEW.immigrant_sort)
    EXECUTE FUNCTION permits_immigrant_sort_renamed();

CREATE INDEX permits_number_sort ON permits (number, id);
CREATE INDEX permits_immigrant_sort ON permits (immigrant_sort, id);
CREATE INDEX permits_valid_from ON permits (valid_from, id);
CREATE INDEX permits_valid_to ON permits (valid_to, id);
CREATE INDEX permits_status_from ON permits (status, valid_from, id);
CREATE INDEX permits_district ON permits (district_id, valid_from, id);
-- The search box: an employer's IIN, a case's registry number.
CREATE INDEX permits_employer ON permits (employer_id);
CREATE INDEX permits_application ON permits (application_id);
