-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 20, PostgreSQL dialect: pg_trgm GIN indexes on the
-- people's search text (schema 19), which serve LIKE '%…%' for any three
-- characters or more. pg_trgm is a trusted extension: the owner of the
-- database may create it.
-- ruqsat:min_compatible 19

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX immigrants_search ON immigrants USING gin (search_text gin_trgm_ops);
CREATE INDEX employers_search ON employers USING gin (search_text gin_trgm_ops);
