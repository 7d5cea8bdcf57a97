-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 23 (issue #13): the audit log's one way in finds the
-- district of the row it records by its key. Version 11 compared "id::text"
-- with the entity's id, which no index serves: every audited step read the
-- whole table of its entity (a million immigrants: 450-750 ms), and did so
-- while holding the lock that lets one appender at a time chain its hash, so
-- every desk's saves queued behind it. The district is now found by uuid
-- before the lock is taken; the row and its hash are computed as before.
-- ruqsat:min_compatible 19

CREATE OR REPLACE FUNCTION ruqsat_audit_append(p_entity text, p_entity_id text, p_action text, p_details text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_at timestamptz;
    v_actor text := session_user;
    v_prev text;
    v_district integer;
    v_key uuid;
    v_encoded text;
    v_id bigint;
BEGIN
    -- Entities keyed by a uuid; any other id (a setting's key, a user's
    -- login) names no district.
    IF p_entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        v_key := p_entity_id::uuid;
        IF p_entity = 'application' THEN
            SELECT district_id INTO v_district FROM applications WHERE id = v_key;
        ELSIF p_entity = 'permit' THEN
            SELECT district_id INTO v_district FROM permits WHERE id = v_key;
        ELSIF p_entity = 'immigrant' THEN
            SELECT district_id INTO v_district FROM immigrants WHERE id = v_key;
        ELSIF p_entity = 'employer' THEN
            SELECT district_id INTO v_district FROM employers WHERE id = v_key;
        ELSIF p_entity = 'complaint' THEN
            SELECT coalesce(a.district_id, p.district_id) INTO v_district
              FROM complaints c LEFT JOIN applications a ON a.id = c.application_id
                   LEFT JOIN permits p ON p.id = c.permit_id
             WHERE c.id = v_key;
        END IF;
    END IF;
    -- One appender at a time, as AuditLog::append (the same key); the time
    -- is taken under the lock so that the chain's times never go back.
    PERFORM pg_advisory_xact_lock(5941780023755424001);
    v_at := date_trunc('milliseconds', clock_timestamp());
    SELECT hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '');
    v_encoded := '[' || to_json(to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
        || ',' || to_json(v_actor)::text || ',' || to_json(p_entity)::text
        || ',' || to_json(p_entity_id)::text || ',' || to_json(p_action)::text
        || ',' || to_json(p_details)::text || ']';
    INSERT INTO audit_log (at, actor, entity, entity_id, action, details, prev_hash, hash, district_id)
    VALUES (v_at, v_actor, p_entity, p_entity_id, p_action, p_details, v_prev,
            encode(sha256(convert_to(v_prev || E'\n' || v_encoded, 'UTF8')), 'hex'), v_district)
    RETURNING id INTO v_id;
    RETURN v_id;
END;
$$;
