-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 10, SQLite dialect: a tamper-evident audit log.
-- Each row keeps the previous row's hash and its own (SHA-256, computed by
-- the program: models/audit/AuditChain), so that `ruqsatctl audit verify`
-- names the first row altered, removed or inserted. The rows written before
-- this version are chained by the program right after this script, in the
-- same transaction (the header below); the update trigger lets a row be
-- given its hash once, and nothing else.
-- INSERT OR REPLACE deleted an audit row without firing the delete trigger
-- (SQLite fires delete triggers of a REPLACE only with recursive_triggers):
-- an insert over an existing row is refused before it happens. An insert
-- that does not continue the chain is refused too.
-- A program of an earlier schema writes rows without a hash, which the
-- store now refuses: it may no longer open the store.
-- ruqsat:min_compatible 10
-- ruqsat:then seal_audit_chain

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash = '' AND NEW.hash <> '' AND NEW.id = OLD.id AND NEW.at = OLD.at
          AND NEW.actor = OLD.actor AND NEW.entity = OLD.entity
          AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action
          AND NEW.details = OLD.details)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash = '' OR NEW.prev_hash IS NOT
     COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '')
BEGIN
    SELECT RAISE(ABORT, 'audit_log rows must continue its hash chain');
END;
