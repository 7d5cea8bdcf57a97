-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 13, PostgreSQL dialect: complaints are resolved and
-- attach to the decision they appeal (R-COMPLAINT-*).
-- * decision_id: the decision appealed (a refusal, an issue, an extension);
--   NULL for a complaint about an action or inaction.
-- * resolution: forwarded to the body that considers the complaint
--   (R-COMPLAINT-FORWARD, R-COMPLAINT-STATECORP), granted or rejected; the
--   free text of `outcome` stays the resolution's note. Complaints resolved
--   before this version keep a NULL resolution.
-- * The server enforces: a resolved complaint is final, and granting or
--   rejecting one is the head's decision (a clerk forwards). The clerk's
--   table grant on complaints (version 11) covers the new columns.
-- New columns, indexes and a trigger: the previous version still opens the store.
-- ruqsat:min_compatible 11

ALTER TABLE complaints
    ADD COLUMN decision_id uuid REFERENCES decisions (id),
    ADD COLUMN resolution text
        CHECK (resolution IS NULL OR resolution IN ('forwarded', 'granted', 'rejected')),
    ADD COLUMN forwarded_to text NOT NULL DEFAULT ''
        CONSTRAINT complaints_forwarded_to_length CHECK (char_length(forwarded_to) <= 300),
    ADD COLUMN resolved_by uuid REFERENCES users (id);

CREATE INDEX complaints_application ON complaints (application_id);
CREATE INDEX complaints_permit ON complaints (permit_id);
CREATE INDEX complaints_registered ON complaints (registered_on);

-- SECURITY INVOKER: current_user is the login that writes.
CREATE FUNCTION complaints_resolution_check() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.resolved_on IS NOT NULL THEN
        RAISE EXCEPTION 'complaint_resolved: a resolved complaint is final'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.resolved_on IS NOT NULL AND NEW.resolution IS NULL THEN
        RAISE EXCEPTION 'complaint_resolution: a complaint is resolved as forwarded, granted or rejected'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.resolution IN ('granted', 'rejected')
       AND pg_has_role(current_user, 'ruqsat_clerk', 'MEMBER')
       AND NOT pg_has_role(current_user, 'ruqsat_head', 'MEMBER') THEN
        RAISE EXCEPTION 'role % may not grant or reject a complaint: that is the head''s decision', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER complaints_resolution BEFORE UPDATE ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaints_resolution_check();
