-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 17, PostgreSQL dialect. The Quotas tab draws a
-- quota's use over the year (issue #12): the new permits of the quota's
-- whole region, month by month. A clerk's row policies show only the
-- permits of their own districts, so the line undercounted the region while
-- the quota's own counts (quotas.issued) did not. This function counts them
-- for every role, and gives nothing but counts: which of the month starts
-- each new permit of the quota was issued on or after (width_bucket: 0
-- before the first). The previous version of Ruqsat still opens the store.
-- ruqsat:min_compatible 11

CREATE FUNCTION ruqsat_quota_issued_by_month(p_quota uuid, p_month_starts timestamptz[])
    RETURNS TABLE (months_begun integer, issued bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT width_bucket(issued_at, p_month_starts), count(*)
    FROM permits
    WHERE quota_id = p_quota AND extends_permit_id IS NULL
    GROUP BY 1
$$;
REVOKE EXECUTE ON FUNCTION ruqsat_quota_issued_by_month(uuid, timestamptz[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ruqsat_quota_issued_by_month(uuid, timestamptz[]) TO ruqsat_clerk;
