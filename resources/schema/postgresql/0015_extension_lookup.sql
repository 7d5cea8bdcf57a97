-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 15, PostgreSQL dialect: the Deadlines tab asks of each permit near its
-- end whether an extension of it is under way (R-EXTEND-WINDOW); without an
-- index on the extended permit each question read every application
-- (measured: minutes at 1,000,000 cases). An index only: the previous
-- version of Ruqsat still opens the store.
-- ruqsat:min_compatible 11

CREATE INDEX applications_extends ON applications (extends_permit_id) WHERE extends_permit_id IS NOT NULL;
