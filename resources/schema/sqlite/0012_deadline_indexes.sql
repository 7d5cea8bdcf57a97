-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 12, SQLite dialect. The Deadlines tab reads the
-- Appendix 9 notices not yet sent (R-REVOKE-POLICE) and the termination
-- notices that came late (R-TERMINATION) by their days, not by a scan of
-- every revocation and termination. Indexes only: the previous version of
-- Ruqsat still opens the store.
-- ruqsat:min_compatible 11

CREATE INDEX revocations_police_notice ON revocations (police_notified_on, police_notice_due_on);
CREATE INDEX terminations_notice_due ON terminations (notice_due_on);
