-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 9, SQLite dialect: no lost updates, nothing
-- oversized stored.
-- 1. Immigrants and employers carry a version, like applications: an update
--    saves only over the version it was read at (optimistic locking), so a
--    second clerk's save can no longer silently undo the first one's.
-- 2. Every text a clerk or an administrator types has a length limit that
--    fits its printed form, checked here as a backstop. The limits are those
--    of models/domain/FieldLimits.cpp (tst_schema_limits reads them back from
--    the schema); a constraint is named <table>_<column>_length, which the
--    store turns into a message naming the field.
-- SQLite cannot add a CHECK to an existing table, so each table is rebuilt by
-- the documented procedure (sqlite.org/lang_altertable.html, "Making Other
-- Kinds Of Table Schema Changes"): create new_X, copy, drop X, rename new_X
-- to X, then recreate X's indexes and triggers. Foreign keys are off around
-- the step (the header below) and PRAGMA foreign_key_check runs before it
-- commits. legacy_alter_table keeps the rename from re-parsing the triggers
-- of other tables, which name a table dropped a moment before (permits'
-- trigger reads applications): without it the rename fails.
-- A program of an earlier schema would update people without their version
-- and slip past the conflict check: it may no longer open the store.
-- ruqsat:min_compatible 9
-- ruqsat:foreign_keys off

PRAGMA legacy_alter_table = ON;

-- People ---------------------------------------------------------------------

CREATE TABLE new_immigrants (
    id                   TEXT PRIMARY KEY,
    surname_cyr          TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_surname_cyr_length CHECK (length(surname_cyr) <= 60),
    given_names_cyr      TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_given_names_cyr_length CHECK (length(given_names_cyr) <= 80),
    patronymic_cyr       TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_patronymic_cyr_length CHECK (length(patronymic_cyr) <= 60),
    surname_lat          TEXT NOT NULL CONSTRAINT immigrants_surname_lat_length CHECK (length(surname_lat) <= 60),
    given_names_lat      TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_given_names_lat_length CHECK (length(given_names_lat) <= 80),
    patronymic_lat       TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_patronymic_lat_length CHECK (length(patronymic_lat) <= 60),
    -- lower-cased copies written by the application: SQLite folds ASCII only
    surname_cyr_key      TEXT NOT NULL DEFAULT '',
    surname_lat_key      TEXT NOT NULL DEFAULT '',
    given_names_cyr_key  TEXT NOT NULL DEFAULT '',
    given_names_lat_key  TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL CHECK (sex IN ('M', 'F', 'X')),
    birth_date           TEXT NOT NULL,
    birth_place          TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_birth_place_length CHECK (length(birth_place) <= 150),
    citizenship          TEXT NOT NULL REFERENCES countries (code),
    iin                  TEXT CHECK (iin IS NULL OR length(iin) = 12),
    passport_series      TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_passport_series_length CHECK (length(passport_series) <= 10),
    passport_number      TEXT NOT NULL CONSTRAINT immigrants_passport_number_length CHECK (length(passport_number) <= 20),
    passport_issued_on   TEXT,
    passport_issuer      TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_passport_issuer_length CHECK (length(passport_issuer) <= 150),
    passport_expires_on  TEXT,
    permanent_address    TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_permanent_address_length CHECK (length(permanent_address) <= 300),
    temporary_address    TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_temporary_address_length CHECK (length(temporary_address) <= 300),
    phone                TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_phone_length CHECK (length(phone) <= 40),
    marital_status       TEXT NOT NULL DEFAULT '' CHECK (marital_status IN ('', 'single', 'married', 'divorced', 'widowed')),
    children_count       INTEGER NOT NULL DEFAULT 0 CHECK (children_count >= 0),
    home_phone           TEXT NOT NULL DEFAULT '' CONSTRAINT immigrants_home_phone_length CHECK (length(home_phone) <= 40),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
INSERT INTO new_immigrants (id, surname_cyr, given_names_cyr, patronymic_cyr, surname_lat, given_names_lat,
    patronymic_lat, surname_cyr_key, surname_lat_key, given_names_cyr_key, given_names_lat_key, sex, birth_date,
    birth_place, citizenship, iin, passport_series, passport_number, passport_issued_on, passport_issuer,
    passport_expires_on, permanent_address, temporary_address, phone, marital_status, children_count, home_phone,
    created_at, updated_at)
SELECT id, surname_cyr, given_names_cyr, patronymic_cyr, surname_lat, given_names_lat,
    patronymic_lat, surname_cyr_key, surname_lat_key, given_names_cyr_key, given_names_lat_key, sex, birth_date,
    birth_place, citizenship, iin, passport_series, passport_number, passport_issued_on, passport_issuer,
    passport_expires_on, permanent_address, temporary_address, phone, marital_status, children_count, home_phone,
    created_at, updated_at
FROM immigrants;
DROP TABLE immigrants;
ALTER TABLE new_immigrants RENAME TO immigrants;
CREATE INDEX immigrants_surname_cyr ON immigrants (surname_cyr_key, id);
CREATE INDEX immigrants_surname_lat ON immigrants (surname_lat_key, id);
CREATE INDEX immigrants_given_cyr ON immigrants (given_names_cyr_key, id);
CREATE INDEX immigrants_given_lat ON immigrants (given_names_lat_key, id);
CREATE INDEX immigrants_iin ON immigrants (iin);
CREATE INDEX immigrants_passport ON immigrants (passport_number);

CREATE TABLE new_family_members (
    id           TEXT PRIMARY KEY,
    immigrant_id TEXT NOT NULL REFERENCES immigrants (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0, -- the order the clerk typed them in
    relation     TEXT NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'other')),
    full_name    TEXT NOT NULL CONSTRAINT family_members_full_name_length CHECK (length(full_name) <= 150),
    birth_year   INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)
);
INSERT INTO new_family_members (id, immigrant_id, position, relation, full_name, birth_year)
SELECT id, immigrant_id, position, relation, full_name, birth_year FROM family_members;
DROP TABLE family_members;
ALTER TABLE new_family_members RENAME TO family_members;
CREATE INDEX family_members_immigrant ON family_members (immigrant_id);

CREATE TABLE new_employers (
    id                    TEXT PRIMARY KEY,
    iin                   TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
    surname               TEXT NOT NULL CONSTRAINT employers_surname_length CHECK (length(surname) <= 60),
    given_names           TEXT NOT NULL DEFAULT '' CONSTRAINT employers_given_names_length CHECK (length(given_names) <= 80),
    patronymic            TEXT NOT NULL DEFAULT '' CONSTRAINT employers_patronymic_length CHECK (length(patronymic) <= 60),
    surname_key           TEXT NOT NULL DEFAULT '',
    birth_year            INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    id_doc_number         TEXT NOT NULL DEFAULT '' CONSTRAINT employers_id_doc_number_length CHECK (length(id_doc_number) <= 20),
    id_doc_issued_on      TEXT,
    id_doc_issuer         TEXT NOT NULL DEFAULT '' CONSTRAINT employers_id_doc_issuer_length CHECK (length(id_doc_issuer) <= 150),
    registration_address  TEXT NOT NULL DEFAULT '' CONSTRAINT employers_registration_address_length CHECK (length(registration_address) <= 300),
    residential_address   TEXT NOT NULL DEFAULT '' CONSTRAINT employers_residential_address_length CHECK (length(residential_address) <= 300),
    phone                 TEXT NOT NULL DEFAULT '' CONSTRAINT employers_phone_length CHECK (length(phone) <= 40),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
INSERT INTO new_employers (id, iin, surname, given_names, patronymic, surname_key, birth_year, id_doc_number,
    id_doc_issued_on, id_doc_issuer, registration_address, residential_address, phone, created_at, updated_at)
SELECT id, iin, surname, given_names, patronymic, surname_key, birth_year, id_doc_number,
    id_doc_issued_on, id_doc_issuer, registration_address, residential_address, phone, created_at, updated_at
FROM employers;
DROP TABLE employers;
ALTER TABLE new_employers RENAME TO employers;
CREATE INDEX employers_surname ON employers (surname_key);

CREATE TABLE new_employer_properties (
    id               TEXT PRIMARY KEY,
    employer_id      TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0, -- the order the clerk typed them in
    district_id      INTEGER REFERENCES districts (id),
    address          TEXT NOT NULL CONSTRAINT employer_properties_address_length CHECK (length(address) <= 300),
    cadastral_number TEXT NOT NULL DEFAULT '' CONSTRAINT employer_properties_cadastral_number_length CHECK (length(cadastral_number) <= 30)
);
INSERT INTO new_employer_properties (id, employer_id, position, district_id, address, cadastral_number)
SELECT id, employer_id, position, district_id, address, cadastral_number FROM employer_properties;
DROP TABLE employer_properties;
ALTER TABLE new_employer_properties RENAME TO employer_properties;
CREATE INDEX employer_properties_employer ON employer_properties (employer_id);

-- Cases ----------------------------------------------------------------------

CREATE TABLE new_applications (
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
    work_address          TEXT NOT NULL CONSTRAINT applications_work_address_length CHECK (length(work_address) <= 300),
    occupation            TEXT NOT NULL DEFAULT '' CONSTRAINT applications_occupation_length CHECK (length(occupation) <= 100),
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
INSERT INTO new_applications (id, registry_number, kind, channel, district_id, immigrant_id, employer_id,
    extends_permit_id, received_at, effective_received_on, decision_due_on, requested_months, work_address,
    occupation, salary_kzt, intent_signed_on, status, version, immigrant_sort, created_by, created_at, updated_at)
SELECT id, registry_number, kind, channel, district_id, immigrant_id, employer_id,
    extends_permit_id, received_at, effective_received_on, decision_due_on, requested_months, work_address,
    occupation, salary_kzt, intent_signed_on, status, version, immigrant_sort, created_by, created_at, updated_at
FROM applications;
DROP TABLE applications;
ALTER TABLE new_applications RENAME TO applications;
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
-- Schema 2's trigger on applications went with the old table.
CREATE TRIGGER permits_immigrant_sort_renamed AFTER UPDATE OF immigrant_sort ON applications
WHEN OLD.immigrant_sort IS NOT NEW.immigrant_sort
BEGIN
    UPDATE permits SET immigrant_sort = NEW.immigrant_sort WHERE application_id = NEW.id;
END;

-- The clerk's note is at most 500 characters (FieldLimits "checklist.note");
-- the column keeps room for the rule's reason added after it.
CREATE TABLE new_checklist_items (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    doc_code       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('present', 'missing', 'expired', 'invalid')),
    doc_number     TEXT NOT NULL DEFAULT '' CONSTRAINT checklist_items_doc_number_length CHECK (length(doc_number) <= 50),
    issued_on      TEXT,
    valid_until    TEXT,
    note           TEXT NOT NULL DEFAULT '' CONSTRAINT checklist_items_note_length CHECK (length(note) <= 1000),
    amount_kzt     INTEGER CHECK (amount_kzt IS NULL OR amount_kzt >= 0), -- schema 7
    UNIQUE (application_id, doc_code)
);
INSERT INTO new_checklist_items (id, application_id, doc_code, state, doc_number, issued_on, valid_until, note,
                                 amount_kzt)
SELECT id, application_id, doc_code, state, doc_number, issued_on, valid_until, note, amount_kzt
FROM checklist_items;
DROP TABLE checklist_items;
ALTER TABLE new_checklist_items RENAME TO checklist_items;

CREATE TABLE new_attachments (
    id                TEXT PRIMARY KEY,
    application_id    TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    checklist_item_id TEXT REFERENCES checklist_items (id) ON DELETE SET NULL,
    file_name         TEXT NOT NULL CONSTRAINT attachments_file_name_length CHECK (length(file_name) <= 255),
    media_type        TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    content           BLOB NOT NULL,
    added_by          TEXT REFERENCES users (id),
    added_at          TEXT NOT NULL
);
INSERT INTO new_attachments (id, application_id, checklist_item_id, file_name, media_type, size_bytes, sha256,
    content, added_by, added_at)
SELECT id, application_id, checklist_item_id, file_name, media_type, size_bytes, sha256,
    content, added_by, added_at
FROM attachments;
DROP TABLE attachments;
ALTER TABLE new_attachments RENAME TO attachments;
CREATE INDEX attachments_application ON attachments (application_id);

CREATE TABLE new_police_checks (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    sent_at        TEXT NOT NULL,
    answer_due_on  TEXT NOT NULL,
    answered_at    TEXT,
    result         TEXT CHECK (result IS NULL OR result IN ('positive', 'negative')),
    reference      TEXT NOT NULL DEFAULT '' CONSTRAINT police_checks_reference_length CHECK (length(reference) <= 50),
    note           TEXT NOT NULL DEFAULT '' CONSTRAINT police_checks_note_length CHECK (length(note) <= 500),
    CHECK ((answered_at IS NULL) = (result IS NULL))
);
INSERT INTO new_police_checks (id, application_id, sent_at, answer_due_on, answered_at, result, reference, note)
SELECT id, application_id, sent_at, answer_due_on, answered_at, result, reference, note FROM police_checks;
DROP TABLE police_checks;
ALTER TABLE new_police_checks RENAME TO police_checks;
CREATE INDEX police_checks_application ON police_checks (application_id);

-- Permit actions ---------------------------------------------------------------

CREATE TABLE new_terminations (
    id                TEXT PRIMARY KEY,
    permit_id         TEXT NOT NULL UNIQUE REFERENCES permits (id),
    contract_ended_on TEXT NOT NULL,
    notice_due_on     TEXT NOT NULL,
    notified_on       TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '' CONSTRAINT terminations_note_length CHECK (length(note) <= 500),
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT REFERENCES users (id)
);
INSERT INTO new_terminations (id, permit_id, contract_ended_on, notice_due_on, notified_on, note, recorded_at,
    recorded_by)
SELECT id, permit_id, contract_ended_on, notice_due_on, notified_on, note, recorded_at, recorded_by
FROM terminations;
DROP TABLE terminations;
ALTER TABLE new_terminations RENAME TO terminations;

CREATE TABLE new_revocations (
    id                   TEXT PRIMARY KEY,
    permit_id            TEXT NOT NULL UNIQUE REFERENCES permits (id),
    act_issuer           TEXT NOT NULL CONSTRAINT revocations_act_issuer_length CHECK (length(act_issuer) <= 200),
    act_number           TEXT NOT NULL CONSTRAINT revocations_act_number_length CHECK (length(act_number) <= 50),
    act_date             TEXT NOT NULL,
    revoked_on           TEXT NOT NULL,
    police_notice_due_on TEXT NOT NULL,
    police_notified_on   TEXT,
    stay_until           TEXT NOT NULL,
    recorded_at          TEXT NOT NULL,
    recorded_by          TEXT REFERENCES users (id)
);
INSERT INTO new_revocations (id, permit_id, act_issuer, act_number, act_date, revoked_on, police_notice_due_on,
    police_notified_on, stay_until, recorded_at, recorded_by)
SELECT id, permit_id, act_issuer, act_number, act_date, revoked_on, police_notice_due_on,
    police_notified_on, stay_until, recorded_at, recorded_by
FROM revocations;
DROP TABLE revocations;
ALTER TABLE new_revocations RENAME TO revocations;

CREATE TABLE new_complaints (
    id             TEXT PRIMARY KEY,
    application_id TEXT REFERENCES applications (id),
    permit_id      TEXT REFERENCES permits (id),
    addressee      TEXT NOT NULL CHECK (addressee IN ('provider', 'quality', 'forward', 'state_corporation')),
    complainant    TEXT NOT NULL CONSTRAINT complaints_complainant_length CHECK (length(complainant) <= 150),
    summary        TEXT NOT NULL DEFAULT '' CONSTRAINT complaints_summary_length CHECK (length(summary) <= 2000),
    registered_on  TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    resolved_on    TEXT,
    outcome        TEXT NOT NULL DEFAULT '' CONSTRAINT complaints_outcome_length CHECK (length(outcome) <= 2000),
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT REFERENCES users (id),
    CHECK (application_id IS NOT NULL OR permit_id IS NOT NULL)
);
INSERT INTO new_complaints (id, application_id, permit_id, addressee, complainant, summary, registered_on, due_on,
    resolved_on, outcome, recorded_at, recorded_by)
SELECT id, application_id, permit_id, addressee, complainant, summary, registered_on, due_on,
    resolved_on, outcome, recorded_at, recorded_by
FROM complaints;
DROP TABLE complaints;
ALTER TABLE new_complaints RENAME TO complaints;
CREATE INDEX complaints_due ON complaints (resolved_on, due_on);

CREATE TABLE new_labour_contracts (
    id            TEXT PRIMARY KEY,
    permit_id     TEXT NOT NULL REFERENCES permits (id),
    number        TEXT NOT NULL CONSTRAINT labour_contracts_number_length CHECK (length(number) <= 50),
    concluded_on  TEXT NOT NULL,
    registered_on TEXT,
    registry      TEXT NOT NULL CHECK (registry IN ('unified_system', 'hr_enbek')),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT REFERENCES users (id)
);
INSERT INTO new_labour_contracts (id, permit_id, number, concluded_on, registered_on, registry, valid_from,
    valid_to, recorded_at, recorded_by)
SELECT id, permit_id, number, concluded_on, registered_on, registry, valid_from,
    valid_to, recorded_at, recorded_by
FROM labour_contracts;
DROP TABLE labour_contracts;
ALTER TABLE new_labour_contracts RENAME TO labour_contracts;
CREATE INDEX labour_contracts_permit ON labour_contracts (permit_id);

-- Administration ---------------------------------------------------------------

CREATE TABLE new_users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE CONSTRAINT users_login_length CHECK (length(login) <= 64),
    full_name     TEXT NOT NULL CONSTRAINT users_full_name_length CHECK (length(full_name) <= 150),
    position      TEXT NOT NULL DEFAULT '' CONSTRAINT users_position_length CHECK (length(position) <= 150),
    role          TEXT NOT NULL REFERENCES roles (code),
    district_id   INTEGER REFERENCES districts (id),
    password_hash TEXT, -- PBKDF2-SHA256, hex
    password_salt TEXT,
    password_iterations INTEGER,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
INSERT INTO new_users (id, login, full_name, position, role, district_id, password_hash, password_salt,
    password_iterations, active, created_at)
SELECT id, login, full_name, position, role, district_id, password_hash, password_salt,
    password_iterations, active, created_at
FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;

CREATE TABLE new_districts (
    id        INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions (id),
    kato      TEXT UNIQUE CHECK (kato IS NULL OR length(kato) = 9),
    name_kk   TEXT NOT NULL CONSTRAINT districts_name_kk_length CHECK (length(name_kk) <= 150),
    name_ru   TEXT NOT NULL CONSTRAINT districts_name_ru_length CHECK (length(name_ru) <= 150),
    name_en   TEXT NOT NULL CONSTRAINT districts_name_en_length CHECK (length(name_en) <= 150),
    -- schema 6: the bodies of the district, with the limits it gave them, named
    issuing_body_name_kk          TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_name_kk_length CHECK (length(issuing_body_name_kk) <= 300),
    issuing_body_name_ru          TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_name_ru_length CHECK (length(issuing_body_name_ru) <= 300),
    issuing_body_name_en          TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_name_en_length CHECK (length(issuing_body_name_en) <= 300),
    issuing_body_head_position_kk TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_head_position_kk_length CHECK (length(issuing_body_head_position_kk) <= 200),
    issuing_body_head_position_ru TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_head_position_ru_length CHECK (length(issuing_body_head_position_ru) <= 200),
    issuing_body_head_position_en TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_head_position_en_length CHECK (length(issuing_body_head_position_en) <= 200),
    issuing_body_head_name        TEXT NOT NULL DEFAULT '' CONSTRAINT districts_issuing_body_head_name_length CHECK (length(issuing_body_head_name) <= 200),
    police_body_name_kk           TEXT NOT NULL DEFAULT '' CONSTRAINT districts_police_body_name_kk_length CHECK (length(police_body_name_kk) <= 300),
    police_body_name_ru           TEXT NOT NULL DEFAULT '' CONSTRAINT districts_police_body_name_ru_length CHECK (length(police_body_name_ru) <= 300),
    police_body_name_en           TEXT NOT NULL DEFAULT '' CONSTRAINT districts_police_body_name_en_length CHECK (length(police_body_name_en) <= 300),
    UNIQUE (region_id, name_ru)
);
INSERT INTO new_districts (id, region_id, kato, name_kk, name_ru, name_en, issuing_body_name_kk,
                           issuing_body_name_ru, issuing_body_name_en, issuing_body_head_position_kk,
                           issuing_body_head_position_ru, issuing_body_head_position_en,
                           issuing_body_head_name, police_body_name_kk, police_body_name_ru,
                           police_body_name_en)
SELECT id, region_id, kato, name_kk, name_ru, name_en, issuing_body_name_kk, issuing_body_name_ru,
       issuing_body_name_en, issuing_body_head_position_kk, issuing_body_head_position_ru,
       issuing_body_head_position_en, issuing_body_head_name, police_body_name_kk,
       police_body_name_ru, police_body_name_en
FROM districts;
DROP TABLE districts;
ALTER TABLE new_districts RENAME TO districts;

-- Settings name a folder of print forms or hold a figure or an hour (the
-- bodies that print on the forms are the districts' since schema 6).
CREATE TABLE new_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CONSTRAINT settings_value_length CHECK (length(value) <= 120)
);
INSERT INTO new_settings (key, value) SELECT key, value FROM settings;
DROP TABLE settings;
ALTER TABLE new_settings RENAME TO settings;

CREATE TABLE new_calendar_exceptions (
    day  TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT '' CONSTRAINT calendar_exceptions_note_length CHECK (length(note) <= 200)
);
INSERT INTO new_calendar_exceptions (day, kind, note) SELECT day, kind, note FROM calendar_exceptions;
DROP TABLE calendar_exceptions;
ALTER TABLE new_calendar_exceptions RENAME TO calendar_exceptions;

PRAGMA legacy_alter_table = OFF;
