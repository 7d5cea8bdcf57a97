-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 1, SQLite dialect. Rule ids refer to spec/RULES.md.
-- Times are UTC ISO 8601 text (yyyy-MM-ddTHH:mm:ss.zzzZ), dates are YYYY-MM-DD
-- text, ids are UUID text: stations create cases offline.
-- ruqsat:min_compatible 1

CREATE TABLE schema_version (
    version        INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    min_compatible INTEGER NOT NULL,
    applied_at     TEXT NOT NULL
);

-- Reference data -----------------------------------------------------------

CREATE TABLE regions (
    id      INTEGER PRIMARY KEY,
    kato    TEXT NOT NULL UNIQUE CHECK (length(kato) = 9),
    kind    TEXT NOT NULL CHECK (kind IN ('oblast', 'city')),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE districts (
    id        INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions (id),
    kato      TEXT UNIQUE CHECK (kato IS NULL OR length(kato) = 9),
    name_kk   TEXT NOT NULL,
    name_ru   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    UNIQUE (region_id, name_ru)
);

CREATE TABLE countries (
    code    TEXT PRIMARY KEY CHECK (length(code) = 3), -- ICAO / ISO 3166 alpha-3, as in the MRZ
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);

-- R-WORKDAY: the calendar is data. A row is an exception to Monday-Friday.
CREATE TABLE calendar_exceptions (
    day  TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT ''
);

-- Administrator data: working hours, issuing body, and so on (key/value).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- R-REFUSE-7: the MCI of each year and the IIT advance per month, in MCI.
CREATE TABLE year_rates (
    year          INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    mci_kzt       INTEGER NOT NULL CHECK (mci_kzt > 0),
    iit_month_mci NUMERIC NOT NULL CHECK (iit_month_mci > 0)
);

-- Human numbers (registry, permit) are assigned by the store that decides.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

-- Users and roles ------------------------------------------------------------

CREATE TABLE roles (
    code        TEXT PRIMARY KEY CHECK (code IN ('clerk', 'head', 'admin')),
    description TEXT NOT NULL
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    position      TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL REFERENCES roles (code),
    district_id   INTEGER REFERENCES districts (id),
    password_hash TEXT, -- PBKDF2-SHA256, hex
    password_salt TEXT,
    password_iterations INTEGER,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);

-- People ---------------------------------------------------------------------

CREATE TABLE immigrants (
    id                   TEXT PRIMARY KEY,
    surname_cyr          TEXT NOT NULL DEFAULT '',
    given_names_cyr      TEXT NOT NULL DEFAULT '',
    patronymic_cyr       TEXT NOT NULL DEFAULT '',
    surname_lat          TEXT NOT NULL,
    given_names_lat      TEXT NOT NULL DEFAULT '',
    patronymic_lat       TEXT NOT NULL DEFAULT '',
    -- lower-cased copies written by the application: SQLite folds ASCII only
    surname_cyr_key      TEXT NOT NULL DEFAULT '',
    surname_lat_key      TEXT NOT NULL DEFAULT '',
    given_names_cyr_key  TEXT NOT NULL DEFAULT '',
    given_names_lat_key  TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL CHECK (sex IN ('M', 'F', 'X')),
    birth_date           TEXT NOT NULL,
    birth_place          TEXT NOT NULL DEFAULT '',
    citizenship          TEXT NOT NULL REFERENCES countries (code),
    iin                  TEXT CHECK (iin IS NULL OR length(iin) = 12),
    passport_series      TEXT NOT NULL DEFAULT '',
    passport_number      TEXT NOT NULL,
    passport_issued_on   TEXT,
    passport_issuer      TEXT NOT NULL DEFAULT '',
    passport_expires_on  TEXT,
    permanent_address    TEXT NOT NULL DEFAULT '',
    temporary_address    TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    marital_status       TEXT NOT NULL DEFAULT '' CHECK (marital_status IN ('', 'single', 'married', 'divorced', 'widowed')),
    children_count       INTEGER NOT NULL DEFAULT 0 CHECK (children_count >= 0),
    home_phone           TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX immigrants_surname_cyr ON immigrants (surname_cyr_key);
CREATE INDEX immigrants_surname_lat ON immigrants (surname_lat_key);
CREATE INDEX immigrants_given_cyr ON immigrants (given_names_cyr_key);
CREATE INDEX immigrants_given_lat ON immigrants (given_names_lat_key);
CREATE INDEX immigrants_iin ON immigrants (iin);
CREATE INDEX immigrants_passport ON immigrants (passport_number);

-- Appendix 1, item 2: family composition.
CREATE TABLE family_members (
    id           TEXT PRIMARY KEY,
    immigrant_id TEXT NOT NULL REFERENCES immigrants (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0, -- the order the clerk typed them in
    relation     TEXT NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'other')),
    full_name    TEXT NOT NULL,
    birth_year   INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)
);
CREATE INDEX family_members_immigrant ON family_members (immigrant_id);

CREATE TABLE employers (
    id                    TEXT PRIMARY KEY,
    iin                   TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
    surname               TEXT NOT NULL,
    given_names           TEXT NOT NULL DEFAULT '',
    patronymic            TEXT NOT NULL DEFAULT '',
    surname_key           TEXT NOT NULL DEFAULT '',
    birth_year            INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    id_doc_number         TEXT NOT NULL DEFAULT '',
    id_doc_issued_on      TEXT,
    id_doc_issuer         TEXT NOT NULL DEFAULT '',
    registration_address  TEXT NOT NULL DEFAULT '',
    residential_address   TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX employers_surname ON employers (surname_key);

-- R-ADDRESS: the work address must be real estate the employer owns.
CREATE TABLE employer_properties (
    id               TEXT PRIMARY KEY,
    employer_id      TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0, -- the order the clerk typed them in
    district_id      INTEGER REFERENCES districts (id),
    address          TEXT NOT NULL,
    cadastral_number TEXT NOT NULL DEFAULT ''
);
CREATE INDEX employer_properties_employer ON employer_properties (employer_id);

-- Cases ----------------------------------------------------------------------

CREATE TABLE applications (
    id                    TEXT PRIMARY KEY,
    registry_number       TEXT UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('issue', 'extend')),             -- R-KIND
    channel               TEXT NOT NULL CHECK (channel IN ('state_corporation', 'egov', 'enbek')), -- R-CHANNEL
    district_id           INTEGER NOT NULL REFERENCES districts (id),
    immigrant_id          TEXT NOT NULL REFERENCES immigrants (id),
    employer_id           TEXT NOT NULL REFERENCES employers (id),
    extends_permit_id     TEXT REFERENCES permits (id),
    received_at           TEXT NOT NULL,
    effective_received_on TEXT,   -- R-AFTER-HOURS
    decision_due_on       TEXT,   -- R-DECISION-TERM
    requested_months      INTEGER NOT NULL CHECK (requested_months BETWEEN 1 AND 12), -- R-TERM
    work_address          TEXT NOT NULL,
    occupation            TEXT NOT NULL DEFAULT '',
    salary_kzt            INTEGER CHECK (salary_kzt IS NULL OR salary_kzt >= 0),
    intent_signed_on      TEXT,   -- R-PORTAL-INTENT
    status                TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'refused_intake',
                              'accepted', 'police_check', 'issued', 'extended', 'refused', 'withdrawn')),
    version               INTEGER NOT NULL DEFAULT 1,
    -- the immigrant's Latin name, lower case: the register sorts on it
    immigrant_sort        TEXT NOT NULL DEFAULT '',
    created_by            TEXT REFERENCES users (id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK (kind = 'issue' OR extends_permit_id IS NOT NULL OR status = 'draft')
);
-- The register pages by keyset on (sort value, id); one index per sort
-- column, and per common filter with its default sort.
CREATE INDEX applications_received ON applications (received_at, id);
CREATE INDEX applications_due ON applications (COALESCE(decision_due_on, '9999-12-31'), id);
CREATE INDEX applications_registry_sort ON applications (COALESCE(registry_number, ''), id);
CREATE INDEX applications_immigrant_sort ON applications (immigrant_sort, id);
CREATE INDEX applications_status_sort ON applications (status, id);
CREATE INDEX applications_status_received ON applications (status, received_at, id);
CREATE INDEX applications_status_due ON applications (status, decision_due_on, id);
CREATE INDEX applications_district ON applications (district_id, received_at, id);
CREATE INDEX applications_immigrant ON applications (immigrant_id);
CREATE INDEX applications_employer ON applications (employer_id);

-- R-DOCS-*, R-DOC-VALIDITY: one line per document of the case's checklist.
CREATE TABLE checklist_items (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    doc_code       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('present', 'missing', 'expired', 'invalid')),
    doc_number     TEXT NOT NULL DEFAULT '',
    issued_on      TEXT,
    valid_until    TEXT,
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (application_id, doc_code)
);

CREATE TABLE attachments (
    id                TEXT PRIMARY KEY,
    application_id    TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    checklist_item_id TEXT REFERENCES checklist_items (id) ON DELETE SET NULL,
    file_name         TEXT NOT NULL,
    media_type        TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    content           BLOB NOT NULL,
    added_by          TEXT REFERENCES users (id),
    added_at          TEXT NOT NULL
);
CREATE INDEX attachments_application ON attachments (application_id);

-- R-POLICE
CREATE TABLE police_checks (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    sent_at        TEXT NOT NULL,
    answer_due_on  TEXT NOT NULL,
    answered_at    TEXT,
    result         TEXT CHECK (result IS NULL OR result IN ('positive', 'negative')),
    reference      TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    CHECK ((answered_at IS NULL) = (result IS NULL))
);
CREATE INDEX police_checks_application ON police_checks (application_id);

-- R-RESULT, R-REFUSE-*, R-INCOMPLETE
CREATE TABLE decisions (
    id                TEXT PRIMARY KEY,
    application_id    TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('issue', 'extend', 'refuse', 'refuse_intake')),
    ground_id         INTEGER CHECK (ground_id IS NULL OR ground_id BETWEEN 1 AND 9),
    ground_text       TEXT NOT NULL DEFAULT '',
    missing_documents TEXT NOT NULL DEFAULT '', -- Appendix 4: one document per line
    decided_at        TEXT NOT NULL,
    decided_by        TEXT REFERENCES users (id),
    CHECK (kind <> 'refuse' OR ground_id IS NOT NULL)
);
CREATE INDEX decisions_application ON decisions (application_id);

-- Permits and quotas ---------------------------------------------------------

-- R-QUOTA: places per administrative-territorial unit and year.
CREATE TABLE quotas (
    id        TEXT PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions (id),
    year      INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quota     INTEGER NOT NULL CHECK (quota >= 0),
    issued    INTEGER NOT NULL DEFAULT 0 CHECK (issued >= 0),   -- places held by permits in force
    reserved  INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0), -- live reservations (R-PORTAL-INTENT)
    CHECK (issued <= quota),
    CHECK (issued + reserved <= quota),
    UNIQUE (region_id, year)
);

CREATE TABLE permits (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    application_id    TEXT NOT NULL REFERENCES applications (id),
    immigrant_id      TEXT NOT NULL REFERENCES immigrants (id),
    employer_id       TEXT NOT NULL REFERENCES employers (id),
    region_id         INTEGER NOT NULL REFERENCES regions (id),     -- R-TERRITORY
    district_id       INTEGER NOT NULL REFERENCES districts (id),
    quota_id          TEXT NOT NULL REFERENCES quotas (id),
    extends_permit_id TEXT REFERENCES permits (id),
    chain_start       TEXT NOT NULL,                                -- R-TERM: first day of the chain
    valid_from        TEXT NOT NULL,
    valid_to          TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('in_force', 'extended', 'expired', 'revoked', 'terminated')),
    copies_issued     INTEGER NOT NULL DEFAULT 0 CHECK (copies_issued >= 0), -- R-DUPLICATE
    issued_at         TEXT NOT NULL,
    issued_by         TEXT REFERENCES users (id),
    CHECK (valid_from <= valid_to),
    CHECK (chain_start <= valid_from)
);
CREATE INDEX permits_immigrant ON permits (immigrant_id);
CREATE INDEX permits_status_to ON permits (status, valid_to);
CREATE INDEX permits_issued_at ON permits (issued_at);
CREATE INDEX permits_quota ON permits (quota_id, status);

-- R-DUPLICATE: every copy issued.
CREATE TABLE permit_copies (
    id        TEXT PRIMARY KEY,
    permit_id TEXT NOT NULL REFERENCES permits (id),
    reason    TEXT NOT NULL CHECK (reason IN ('lost', 'damaged')),
    issued_at TEXT NOT NULL,
    issued_by TEXT REFERENCES users (id)
);
CREATE INDEX permit_copies_permit ON permit_copies (permit_id);

-- R-PORTAL-INTENT: a place held for 10 calendar days after the agreement of intent.
CREATE TABLE quota_reservations (
    id             TEXT PRIMARY KEY,
    quota_id       TEXT NOT NULL REFERENCES quotas (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    reserved_at    TEXT NOT NULL,
    expires_on     TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('live', 'used', 'expired', 'released')),
    closed_at      TEXT
);
CREATE INDEX quota_reservations_live ON quota_reservations (quota_id, state, expires_on);
CREATE UNIQUE INDEX quota_reservations_one_live ON quota_reservations (application_id) WHERE state = 'live';

-- R-TERMINATION (Appendix 6)
CREATE TABLE terminations (
    id                TEXT PRIMARY KEY,
    permit_id         TEXT NOT NULL UNIQUE REFERENCES permits (id),
    contract_ended_on TEXT NOT NULL,
    notice_due_on     TEXT NOT NULL,
    notified_on       TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT REFERENCES users (id)
);

-- R-REVOKE, R-REVOKE-POLICE, R-REVOKE-STAY (Appendices 8 and 9)
CREATE TABLE revocations (
    id                   TEXT PRIMARY KEY,
    permit_id            TEXT NOT NULL UNIQUE REFERENCES permits (id),
    act_issuer           TEXT NOT NULL,
    act_number           TEXT NOT NULL,
    act_date             TEXT NOT NULL,
    revoked_on           TEXT NOT NULL,
    police_notice_due_on TEXT NOT NULL,
    police_notified_on   TEXT,
    stay_until           TEXT NOT NULL,
    recorded_at          TEXT NOT NULL,
    recorded_by          TEXT REFERENCES users (id)
);

-- R-COMPLAINT-*
CREATE TABLE complaints (
    id             TEXT PRIMARY KEY,
    application_id TEXT REFERENCES applications (id),
    permit_id      TEXT REFERENCES permits (id),
    addressee      TEXT NOT NULL CHECK (addressee IN ('provider', 'quality', 'forward', 'state_corporation')),
    complainant    TEXT NOT NULL,
    summary        TEXT NOT NULL DEFAULT '',
    registered_on  TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    resolved_on    TEXT,
    outcome        TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT REFERENCES users (id),
    CHECK (application_id IS NOT NULL OR permit_id IS NOT NULL)
);
CREATE INDEX complaints_due ON complaints (resolved_on, due_on);

-- R-CONTRACT
CREATE TABLE labour_contracts (
    id            TEXT PRIMARY KEY,
    permit_id     TEXT NOT NULL REFERENCES permits (id),
    number        TEXT NOT NULL,
    concluded_on  TEXT NOT NULL,
    registered_on TEXT,
    registry      TEXT NOT NULL CHECK (registry IN ('unified_system', 'hr_enbek')),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT REFERENCES users (id)
);
CREATE INDEX labour_contracts_permit ON labour_contracts (permit_id);

-- Audit ----------------------------------------------------------------------

-- Append-only: written in the same transaction as the change it describes.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    details   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

INSERT INTO roles (code, description) VALUES
    ('clerk', 'Intake and checklist'),
    ('head', 'Decides, issues, extends, refuses and revokes'),
    ('admin', 'Settings, quotas, calendar, districts and users');

INSERT INTO counters (name, value) VALUES ('registry', 0), ('permit', 0);

INSERT INTO settings (key, value) VALUES
    ('provider.work_start', '09:00'),
    ('provider.work_end', '18:30'),
    ('provider.lunch_start', '13:00'),
    ('provider.lunch_end', '14:30'),
    ('state_corporation.work_start', '09:00'),
    ('state_corporation.work_end', '18:30'),
    ('issuing_body.name_kk', ''),
    ('issuing_body.name_ru', ''),
    ('issuing_body.name_en', ''),
    ('issuing_body.head_position_kk', ''),
    ('issuing_body.head_position_ru', ''),
    ('issuing_body.head_position_en', ''),
    ('issuing_body.head_name', ''),
    -- Appendix 9 goes to the regional internal affairs body (R-REVOKE-POLICE)
    ('police_body.name_kk', ''),
    ('police_body.name_ru', ''),
    ('police_body.name_en', ''),
    -- an administrator's folder of edited print templates; empty: the default
    ('print.override_dir', ''),
    ('attachments.max_bytes', '20971520');

-- MCI of the year by the budget laws; IIT advance of a labour immigrant:
-- 10 MCI a month (Tax Code art. 360 §2). Administrators check both each year.
INSERT INTO year_rates (year, mci_kzt, iit_month_mci) VALUES
    (2024, 3692, 10),
    (2025, 3932, 10),
    (2026, 4325, 10);
