-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 10, PostgreSQL dialect: a tamper-evident audit log.
-- Each row keeps the previous row's hash and its own (SHA-256, computed by
-- the program: models/audit/AuditChain), so that `ruqsatctl audit verify`
-- names the first row altered, removed or inserted. The rows written before
-- this version are chained by the program right after this script, in the
-- same transaction (the header below); the update trigger lets a row be
-- given its hash once, and nothing else. TRUNCATE, which row triggers do
-- not see, is refused by a statement trigger; an insert that does not
-- continue the chain is refused.
-- A program of an earlier schema writes rows without a hash, which the
-- store now refuses: it may no longer open the store.
-- ruqsat:min_compatible 10
-- ruqsat:then seal_audit_chain

ALTER TABLE audit_log
    ADD COLUMN prev_hash text NOT NULL DEFAULT '',
    ADD COLUMN hash text NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash = '' AND NEW.hash <> ''
       AND (NEW.id, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.details)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.actor, OLD.entity, OLD.entity_id, OLD.action, OLD.details) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE FUNCTION audit_log_chain_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.hash = '' OR NEW.prev_hash IS DISTINCT FROM
       COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') THEN
        RAISE EXCEPTION 'audit_log rows must continue its hash chain';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain_check();

CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();
