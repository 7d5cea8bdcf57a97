-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 11, PostgreSQL dialect: the server enforces who may
-- do what (docs/SERVER.md).
-- * Every Ruqsat user is a LOGIN role, member of one of the group roles
--   ruqsat_clerk < ruqsat_head < ruqsat_admin (each has the privileges of the
--   one before). The tables belong to the role that runs the migrations: on a
--   server made by `ruqsatctl init` as a superuser, the NOLOGIN role
--   ruqsat_owner, which no desk connects as.
-- * Row-level security (ENABLE and FORCE) on every table of case data: a role
--   sees and writes the rows of the districts user_districts gives its login
--   (current_user), a table no Ruqsat role may write.
-- * Steps that touch rows a role may not write run in SECURITY DEFINER
--   functions with a fixed search_path: audit rows (the actor is the login),
--   the quota's counts (kept by triggers from the permits and reservations
--   themselves, under CHECK (issued + reserved <= quota)), users, the QR key.
-- Later migrations that add tables must grant them here too: nothing is
-- granted by default.
-- ruqsat:min_compatible 11

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruqsat_clerk') THEN
        CREATE ROLE ruqsat_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruqsat_head') THEN
        CREATE ROLE ruqsat_head NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruqsat_admin') THEN
        CREATE ROLE ruqsat_admin NOLOGIN;
    END IF;
    IF NOT pg_has_role('ruqsat_head', 'ruqsat_clerk', 'MEMBER') THEN
        GRANT ruqsat_clerk TO ruqsat_head;
    END IF;
    IF NOT pg_has_role('ruqsat_admin', 'ruqsat_head', 'MEMBER') THEN
        GRANT ruqsat_head TO ruqsat_admin;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'the group roles ruqsat_clerk, ruqsat_head and ruqsat_admin are missing and role % may not create them: run ruqsatctl init as a superuser (docs/SERVER.md)', current_user;
END;
$$;

-- Which districts each user works in (a region's head or administrator may
-- have several). Written only by the functions below.
CREATE TABLE user_districts (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    district_id integer NOT NULL REFERENCES districts (id),
    PRIMARY KEY (user_id, district_id)
);
INSERT INTO user_districts (user_id, district_id)
    SELECT id, district_id FROM users WHERE district_id IS NOT NULL;

-- The districts of the role running the query. SECURITY INVOKER, so that
-- current_user is the caller; a policy's IN (SELECT unnest(...)) computes
-- it once per query.
CREATE FUNCTION ruqsat_my_districts() RETURNS integer[] LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(ud.district_id), '{}')
      FROM user_districts ud JOIN users u ON u.id = ud.user_id
     WHERE u.login = current_user AND u.active = 1
$$;

-- People belong to the district that registered them; a district also sees
-- the people its applications name.
ALTER TABLE immigrants ADD COLUMN district_id integer REFERENCES districts (id)
    DEFAULT (ruqsat_my_districts())[1];
ALTER TABLE employers ADD COLUMN district_id integer REFERENCES districts (id)
    DEFAULT (ruqsat_my_districts())[1];
UPDATE immigrants i SET district_id = (SELECT a.district_id FROM applications a
    WHERE a.immigrant_id = i.id ORDER BY a.created_at, a.id LIMIT 1);
UPDATE employers e SET district_id = (SELECT a.district_id FROM applications a
    WHERE a.employer_id = e.id ORDER BY a.created_at, a.id LIMIT 1);
CREATE INDEX immigrants_district ON immigrants (district_id);
CREATE INDEX employers_district ON employers (district_id);

-- Audit rows of a case carry its district (set by ruqsat_audit_append).
ALTER TABLE audit_log ADD COLUMN district_id integer;

-- The audit log ---------------------------------------------------------------

-- The one way into audit_log for every Ruqsat role: the actor is the login
-- that authenticated (session_user), the time the server's, and the hash is
-- computed here exactly as models/audit/AuditChain does (SHA-256 over the
-- previous hash, a newline and the row as a compact JSON array).
CREATE FUNCTION ruqsat_audit_append(p_entity text, p_entity_id text, p_action text, p_details text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_at timestamptz := date_trunc('milliseconds', clock_timestamp());
    v_actor text := session_user;
    v_prev text;
    v_district integer;
    v_encoded text;
    v_id bigint;
BEGIN
    -- One appender at a time, as AuditLog::append (the same key).
    PERFORM pg_advisory_xact_lock(5941780023755424001);
    SELECT hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '');
    IF p_entity = 'application' THEN
        SELECT district_id INTO v_district FROM applications WHERE id::text = p_entity_id;
    ELSIF p_entity = 'permit' THEN
        SELECT district_id INTO v_district FROM permits WHERE id::text = p_entity_id;
    ELSIF p_entity = 'immigrant' THEN
        SELECT district_id INTO v_district FROM immigrants WHERE id::text = p_entity_id;
    ELSIF p_entity = 'employer' THEN
        SELECT district_id INTO v_district FROM employers WHERE id::text = p_entity_id;
    ELSIF p_entity = 'complaint' THEN
        SELECT coalesce(a.district_id, p.district_id) INTO v_district
          FROM complaints c LEFT JOIN applications a ON a.id = c.application_id
               LEFT JOIN permits p ON p.id = c.permit_id
         WHERE c.id::text = p_entity_id;
    END IF;
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

-- The chain check reads the last row of the whole log, whoever inserts.
ALTER FUNCTION audit_log_chain_check() SECURITY DEFINER SET search_path = public, pg_temp;

-- Quota places -----------------------------------------------------------------

-- R-QUOTA: a quota's issued places are its permits in force and its reserved
-- places its live reservations. These triggers keep the counts from the rows
-- themselves, so that no role writes them and CHECK (issued + reserved <=
-- quota) refuses the permit or reservation that would exceed the quota.
-- One function for both: TG_ARGV names the quota's column it keeps, the
-- row's column that says whether it holds a place, and the value that does.
CREATE FUNCTION quotas_follow_places() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    counted text := TG_ARGV[0];
    state text := TG_ARGV[1];
    holding text := TG_ARGV[2];
    changes text;
BEGIN
    changes := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT quota_id, 1 AS n FROM new_rows WHERE %I = %L', state, holding)
        WHEN 'DELETE' THEN format('SELECT quota_id, -1 AS n FROM old_rows WHERE %I = %L', state, holding)
        ELSE format('SELECT quota_id, 1 AS n FROM new_rows WHERE %1$I = %2$L UNION ALL '
                    'SELECT quota_id, -1 FROM old_rows WHERE %1$I = %2$L', state, holding)
    END;
    EXECUTE format('UPDATE quotas q SET %1$I = q.%1$I + d.n FROM (SELECT quota_id, sum(n) AS n FROM (%2$s) c '
                   'GROUP BY quota_id HAVING sum(n) <> 0) d WHERE q.id = d.quota_id', counted, changes);
    RETURN NULL;
END;
$$;

CREATE TRIGGER permits_count_inserted AFTER INSERT ON permits
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('issued', 'status', 'in_force');
CREATE TRIGGER permits_count_updated AFTER UPDATE ON permits
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('issued', 'status', 'in_force');
CREATE TRIGGER permits_count_deleted AFTER DELETE ON permits
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('issued', 'status', 'in_force');
CREATE TRIGGER reservations_count_inserted AFTER INSERT ON quota_reservations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('reserved', 'state', 'live');
CREATE TRIGGER reservations_count_updated AFTER UPDATE ON quota_reservations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('reserved', 'state', 'live');
CREATE TRIGGER reservations_count_deleted AFTER DELETE ON quota_reservations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION quotas_follow_places('reserved', 'state', 'live');

-- The QR key -------------------------------------------------------------------

-- HMAC-SHA-256 (RFC 2104), for the QR check value without pgcrypto.
CREATE FUNCTION ruqsat_hmac_sha256(p_message bytea, p_key bytea) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog AS $$
DECLARE
    k bytea := p_key;
    ipad bytea;
    opad bytea;
BEGIN
    IF length(k) > 64 THEN
        k := sha256(k);
    END IF;
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    ipad := k;
    opad := k;
    FOR i IN 0..63 LOOP
        ipad := set_byte(ipad, i, get_byte(k, i) # 54);
        opad := set_byte(opad, i, get_byte(k, i) # 92);
    END LOOP;
    RETURN sha256(opad || sha256(ipad || p_message));
END;
$$;

-- The check value of a QR code (models/printing/QrPayload): the first 8 bytes
-- of the HMAC of the canonical text, in upper-case hex. The key (settings
-- print.qr_key, made on first use) stays inside this function.
CREATE FUNCTION ruqsat_qr_check_value(p_canonical text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_key text;
BEGIN
    SELECT value INTO v_key FROM settings WHERE key = 'print.qr_key';
    IF v_key IS NULL OR length(v_key) < 32 THEN
        INSERT INTO settings (key, value) VALUES ('print.qr_key', encode(ruqsat_random_key(), 'hex'))
            ON CONFLICT (key) DO NOTHING;
        SELECT value INTO v_key FROM settings WHERE key = 'print.qr_key';
    END IF;
    RETURN upper(encode(substring(ruqsat_hmac_sha256(convert_to(p_canonical, 'UTF8'),
                                                     decode(v_key, 'hex')) FROM 1 FOR 8), 'hex'));
END;
$$;

-- 32 random bytes from the server's strong source (gen_random_uuid).
CREATE FUNCTION ruqsat_random_key() RETURNS bytea LANGUAGE sql VOLATILE
    SET search_path = pg_catalog AS $$
    SELECT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
$$;

-- Users --------------------------------------------------------------------------

CREATE FUNCTION ruqsat_require_user(p_login text) RETURNS uuid LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp AS $$
DECLARE
    v_id uuid;
BEGIN
    SELECT id INTO v_id FROM users WHERE login = p_login;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'no Ruqsat user has the login %', p_login USING ERRCODE = 'no_data_found';
    END IF;
    RETURN v_id;
END;
$$;

CREATE FUNCTION ruqsat_require_districts(p_districts integer[]) RETURNS void LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(p_districts) d WHERE d NOT IN (SELECT id FROM districts)) THEN
        RAISE EXCEPTION 'unknown district in %', p_districts USING ERRCODE = 'foreign_key_violation';
    END IF;
END;
$$;

-- A new user: a LOGIN role with the password's SCRAM-SHA-256 verifier (the
-- program computes it, so the password itself never reaches the server's
-- logs), in the group of its role.
CREATE FUNCTION ruqsat_user_add(p_id uuid, p_login text, p_verifier text, p_role text,
                                p_full_name text, p_position text, p_districts integer[])
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_login !~ '^[a-z0-9][a-z0-9._-]{1,62}$' THEN
        RAISE EXCEPTION 'a login is 2 to 63 small Latin letters, digits, dots, dashes or underscores: %', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role NOT IN ('clerk', 'head', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password is given as its SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the database role % exists already', p_login USING ERRCODE = 'duplicate_object';
    END IF;
    PERFORM ruqsat_require_districts(p_districts);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, 'ruqsat_' || p_role);
    INSERT INTO users (id, login, full_name, position, role, district_id, active, created_at)
    VALUES (p_id, p_login, p_full_name, p_position, p_role, p_districts[1], 1, now());
    INSERT INTO user_districts (user_id, district_id) SELECT DISTINCT p_id, d FROM unnest(p_districts) d;
    PERFORM ruqsat_audit_append('user', p_id::text, 'create',
        json_build_object('login', p_login, 'role', p_role, 'districts', to_json(p_districts))::text);
END;
$$;

CREATE FUNCTION ruqsat_user_set_role(p_login text, p_role text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id uuid := ruqsat_require_user(p_login);
    v_old text;
BEGIN
    IF p_role NOT IN ('clerk', 'head', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT role INTO v_old FROM users WHERE id = v_id FOR UPDATE;
    IF v_old = p_role THEN
        RETURN;
    END IF;
    IF v_old = 'admin' AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active = 1 AND id <> v_id) THEN
        RAISE EXCEPTION 'the last active administrator keeps the role' USING ERRCODE = 'check_violation';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', 'ruqsat_' || v_old, p_login);
    EXECUTE format('GRANT %I TO %I', 'ruqsat_' || p_role, p_login);
    UPDATE users SET role = p_role WHERE id = v_id;
    PERFORM ruqsat_audit_append('user', v_id::text, 'set_role',
        json_build_object('role', json_build_object('before', v_old, 'after', p_role))::text);
END;
$$;

-- Deactivating ends the user's sessions too: NOLOGIN only stops new ones.
CREATE FUNCTION ruqsat_user_set_active(p_login text, p_active boolean)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id uuid := ruqsat_require_user(p_login);
    v_old integer;
    v_role text;
BEGIN
    SELECT active, role INTO v_old, v_role FROM users WHERE id = v_id FOR UPDATE;
    IF (v_old = 1) = p_active THEN
        RETURN;
    END IF;
    IF NOT p_active AND v_role = 'admin'
       AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active = 1 AND id <> v_id) THEN
        RAISE EXCEPTION 'the last active administrator cannot be deactivated' USING ERRCODE = 'check_violation';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users SET active = CASE WHEN p_active THEN 1 ELSE 0 END WHERE id = v_id;
    IF NOT p_active THEN
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE usename = p_login AND pid <> pg_backend_pid();
    END IF;
    PERFORM ruqsat_audit_append('user', v_id::text, CASE WHEN p_active THEN 'activate' ELSE 'deactivate' END,
        json_build_object('active', json_build_object('before', v_old = 1, 'after', p_active))::text);
END;
$$;

CREATE FUNCTION ruqsat_user_set_password(p_login text, p_verifier text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id uuid := ruqsat_require_user(p_login);
BEGIN
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password is given as its SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    PERFORM ruqsat_audit_append('user', v_id::text, 'set_password', '{}');
END;
$$;

CREATE FUNCTION ruqsat_user_set_districts(p_login text, p_districts integer[])
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_id uuid := ruqsat_require_user(p_login);
    v_old integer[];
BEGIN
    PERFORM ruqsat_require_districts(p_districts);
    SELECT coalesce(array_agg(district_id ORDER BY district_id), '{}') INTO v_old
      FROM user_districts WHERE user_id = v_id;
    DELETE FROM user_districts WHERE user_id = v_id;
    INSERT INTO user_districts (user_id, district_id) SELECT DISTINCT v_id, d FROM unnest(p_districts) d;
    UPDATE users SET district_id = p_districts[1] WHERE id = v_id;
    PERFORM ruqsat_audit_append('user', v_id::text, 'set_districts',
        json_build_object('districts', json_build_object('before', to_json(v_old),
                                                         'after', to_json(p_districts)))::text);
END;
$$;

-- Privileges -----------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ruqsat_clerk;

-- Reference data, settings and quotas: every role reads them.
GRANT SELECT ON schema_version, regions, districts, countries, calendar_exceptions, settings,
    year_rates, roles, quotas, counters, user_districts, audit_log TO ruqsat_clerk;
-- Never the password columns.
GRANT SELECT (id, login, full_name, position, role, district_id, active, created_at) ON users TO ruqsat_clerk;
-- Registry and permit numbers.
GRANT INSERT, UPDATE ON counters TO ruqsat_clerk;
-- Case data, within the districts of the row policies below.
GRANT SELECT, INSERT, UPDATE, DELETE ON applications, immigrants, family_members, employers,
    employer_properties, checklist_items, attachments, police_checks, quota_reservations,
    arrival_checks, complaints, labour_contracts, permit_copies, terminations TO ruqsat_clerk;
GRANT SELECT, INSERT ON decisions TO ruqsat_clerk;
GRANT SELECT ON permits, revocations TO ruqsat_clerk;
-- A copy and a termination change the permit; revoking it is the head's.
GRANT UPDATE (status, copies_issued) ON permits TO ruqsat_clerk;
-- The head decides, issues, extends and revokes.
GRANT INSERT, UPDATE ON permits, revocations TO ruqsat_head;
GRANT UPDATE ON decisions TO ruqsat_head;
-- The administrator keeps the reference data, settings, rates, calendar and
-- quotas; the counts of a quota follow its permits (triggers above).
GRANT INSERT, UPDATE, DELETE ON settings, year_rates, calendar_exceptions, regions, districts,
    countries TO ruqsat_admin;
GRANT INSERT, DELETE, UPDATE (quota) ON quotas TO ruqsat_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ruqsat_admin;

GRANT EXECUTE ON FUNCTION ruqsat_my_districts(), ruqsat_audit_append(text, text, text, text),
    ruqsat_qr_check_value(text) TO ruqsat_clerk;
GRANT EXECUTE ON FUNCTION ruqsat_user_add(uuid, text, text, text, text, text, integer[]),
    ruqsat_user_set_role(text, text), ruqsat_user_set_active(text, boolean),
    ruqsat_user_set_password(text, text), ruqsat_user_set_districts(text, integer[]) TO ruqsat_admin;

-- Row-level security -----------------------------------------------------------------

DO $$
DECLARE
    owner name := current_user;
    mine constant text := 'district_id IN (SELECT unnest(ruqsat_my_districts()))';
    visible_case constant text := 'application_id IN (SELECT id FROM applications)';
    visible_permit constant text := 'permit_id IN (SELECT id FROM permits)';
    rule record;
BEGIN
    FOR rule IN SELECT * FROM (VALUES
        ('applications', mine),
        ('permits', mine),
        ('immigrants', mine || ' OR id IN (SELECT immigrant_id FROM applications)'),
        ('employers', mine || ' OR id IN (SELECT employer_id FROM applications)'),
        ('family_members', 'immigrant_id IN (SELECT id FROM immigrants)'),
        ('employer_properties', 'employer_id IN (SELECT id FROM employers)'),
        ('checklist_items', visible_case),
        ('attachments', visible_case),
        ('police_checks', visible_case),
        ('decisions', visible_case),
        ('quota_reservations', visible_case),
        ('arrival_checks', visible_case),
        ('complaints', visible_case || ' OR ' || visible_permit),
        ('permit_copies', visible_permit),
        ('terminations', visible_permit),
        ('revocations', visible_permit),
        ('labour_contracts', visible_permit)) AS t (name, expr)
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', rule.name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', rule.name);
        EXECUTE format('CREATE POLICY district ON %I TO ruqsat_clerk USING (%s) WITH CHECK (%s)',
                       rule.name, rule.expr, rule.expr);
        -- The owner runs the migrations and the functions above.
        EXECUTE format('CREATE POLICY owner ON %I TO %I USING (true) WITH CHECK (true)', rule.name, owner);
    END LOOP;

    -- A clerk records a refusal at intake only; the head decides the rest.
    EXECUTE 'CREATE POLICY clerk_decides_intake_only ON decisions AS RESTRICTIVE FOR INSERT TO ruqsat_clerk '
            'WITH CHECK (kind = ''refuse_intake'' OR pg_has_role(current_user, ''ruqsat_head'', ''MEMBER''))';
    -- R-REVOKE: a clerk may mark a permit terminated or expired, never revoked.
    EXECUTE 'CREATE POLICY clerk_never_revokes ON permits AS RESTRICTIVE FOR UPDATE TO ruqsat_clerk '
            'USING (true) WITH CHECK (status <> ''revoked'' OR pg_has_role(current_user, ''ruqsat_head'', ''MEMBER''))';

    -- The audit log: the rows of one's districts and one's own; the
    -- administrator reads it all (to verify the chain). Nobody writes it
    -- but ruqsat_audit_append.
    ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
    ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
    CREATE POLICY district ON audit_log FOR SELECT TO ruqsat_clerk
        USING (district_id IN (SELECT unnest(ruqsat_my_districts())) OR actor = current_user
               OR pg_has_role(current_user, 'ruqsat_admin', 'MEMBER'));
    EXECUTE format('CREATE POLICY owner ON audit_log TO %I USING (true) WITH CHECK (true)', owner);

    -- The QR key is read inside ruqsat_qr_check_value only.
    ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
    ALTER TABLE settings FORCE ROW LEVEL SECURITY;
    CREATE POLICY not_the_key ON settings TO ruqsat_clerk
        USING (key <> 'print.qr_key') WITH CHECK (key <> 'print.qr_key');
    EXECUTE format('CREATE POLICY owner ON settings TO %I USING (true) WITH CHECK (true)', owner);
END;
$$;
