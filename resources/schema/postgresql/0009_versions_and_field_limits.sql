-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 9, PostgreSQL dialect: no lost updates, nothing
-- oversized stored.
-- 1. Immigrants and employers carry a version, like applications: an update
--    saves only over the version it was read at (optimistic locking), so a
--    second clerk's save can no longer silently undo the first one's.
-- 2. Every text a clerk or an administrator types has a length limit that
--    fits its printed form, checked here as a backstop. The limits are those
--    of models/domain/FieldLimits.cpp (tst_schema_limits reads them back from
--    the schema); a constraint is named <table>_<column>_length, which the
--    store turns into a message naming the field. ADD CONSTRAINT checks the
--    rows already stored: a value over its limit stops the step, which then
--    changes nothing.
-- A program of an earlier schema would update people without their version
-- and slip past the conflict check: it may no longer open the store.
-- ruqsat:min_compatible 9

ALTER TABLE immigrants ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE employers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE immigrants
    ADD CONSTRAINT immigrants_surname_cyr_length CHECK (char_length(surname_cyr) <= 60),
    ADD CONSTRAINT immigrants_given_names_cyr_length CHECK (char_length(given_names_cyr) <= 80),
    ADD CONSTRAINT immigrants_patronymic_cyr_length CHECK (char_length(patronymic_cyr) <= 60),
    ADD CONSTRAINT immigrants_surname_lat_length CHECK (char_length(surname_lat) <= 60),
    ADD CONSTRAINT immigrants_given_names_lat_length CHECK (char_length(given_names_lat) <= 80),
    ADD CONSTRAINT immigrants_patronymic_lat_length CHECK (char_length(patronymic_lat) <= 60),
    ADD CONSTRAINT immigrants_birth_place_length CHECK (char_length(birth_place) <= 150),
    ADD CONSTRAINT immigrants_passport_series_length CHECK (char_length(passport_series) <= 10),
    ADD CONSTRAINT immigrants_passport_number_length CHECK (char_length(passport_number) <= 20),
    ADD CONSTRAINT immigrants_passport_issuer_length CHECK (char_length(passport_issuer) <= 150),
    ADD CONSTRAINT immigrants_permanent_address_length CHECK (char_length(permanent_address) <= 300),
    ADD CONSTRAINT immigrants_temporary_address_length CHECK (char_length(temporary_address) <= 300),
    ADD CONSTRAINT immigrants_phone_length CHECK (char_length(phone) <= 40),
    ADD CONSTRAINT immigrants_home_phone_length CHECK (char_length(home_phone) <= 40);
ALTER TABLE family_members
    ADD CONSTRAINT family_members_full_name_length CHECK (char_length(full_name) <= 150);
ALTER TABLE employers
    ADD CONSTRAINT employers_surname_length CHECK (char_length(surname) <= 60),
    ADD CONSTRAINT employers_given_names_length CHECK (char_length(given_names) <= 80),
    ADD CONSTRAINT employers_patronymic_length CHECK (char_length(patronymic) <= 60),
    ADD CONSTRAINT employers_id_doc_number_length CHECK (char_length(id_doc_number) <= 20),
    ADD CONSTRAINT employers_id_doc_issuer_length CHECK (char_length(id_doc_issuer) <= 150),
    ADD CONSTRAINT employers_registration_address_length CHECK (char_length(registration_address) <= 300),
    ADD CONSTRAINT employers_residential_address_length CHECK (char_length(residential_address) <= 300),
    ADD CONSTRAINT employers_phone_length CHECK (char_length(phone) <= 40);
ALTER TABLE employer_properties
    ADD CONSTRAINT employer_properties_address_length CHECK (char_length(address) <= 300),
    ADD CONSTRAINT employer_properties_cadastral_number_length CHECK (char_length(cadastral_number) <= 30);
ALTER TABLE applications
    ADD CONSTRAINT applications_work_address_length CHECK (char_length(work_address) <= 300),
    ADD CONSTRAINT applications_occupation_length CHECK (char_length(occupation) <= 100);
ALTER TABLE checklist_items
    ADD CONSTRAINT checklist_items_doc_number_length CHECK (char_length(doc_number) <= 50),
    ADD CONSTRAINT checklist_items_note_length CHECK (char_length(note) <= 1000);
ALTER TABLE attachments
    ADD CONSTRAINT attachments_file_name_length CHECK (char_length(file_name) <= 255);
ALTER TABLE police_checks
    ADD CONSTRAINT police_checks_reference_length CHECK (char_length(reference) <= 50),
    ADD CONSTRAINT police_checks_note_length CHECK (char_length(note) <= 500);
ALTER TABLE terminations
    ADD CONSTRAINT terminations_note_length CHECK (char_length(note) <= 500);
ALTER TABLE revocations
    ADD CONSTRAINT revocations_act_issuer_length CHECK (char_length(act_issuer) <= 200),
    ADD CONSTRAINT revocations_act_number_length CHECK (char_length(act_number) <= 50);
ALTER TABLE complaints
    ADD CONSTRAINT complaints_complainant_length CHECK (char_length(complainant) <= 150),
    ADD CONSTRAINT complaints_summary_length CHECK (char_length(summary) <= 2000),
    ADD CONSTRAINT complaints_outcome_length CHECK (char_length(outcome) <= 2000);
ALTER TABLE labour_contracts
    ADD CONSTRAINT labour_contracts_number_length CHECK (char_length(number) <= 50);
ALTER TABLE users
    ADD CONSTRAINT users_login_length CHECK (char_length(login) <= 64),
    ADD CONSTRAINT users_full_name_length CHECK (char_length(full_name) <= 150),
    ADD CONSTRAINT users_position_length CHECK (char_length(position) <= 150);
ALTER TABLE districts
    ADD CONSTRAINT districts_name_kk_length CHECK (char_length(name_kk) <= 150),
    ADD CONSTRAINT districts_name_ru_length CHECK (char_length(name_ru) <= 150),
    ADD CONSTRAINT districts_name_en_length CHECK (char_length(name_en) <= 150);
-- Schema 6 gave the district bodies their limits under names PostgreSQL
-- chose; the same limits take the names the store reads a field from.
ALTER TABLE districts
    DROP CONSTRAINT districts_issuing_body_name_kk_check,
    ADD CONSTRAINT districts_issuing_body_name_kk_length CHECK (char_length(issuing_body_name_kk) <= 300),
    DROP CONSTRAINT districts_issuing_body_name_ru_check,
    ADD CONSTRAINT districts_issuing_body_name_ru_length CHECK (char_length(issuing_body_name_ru) <= 300),
    DROP CONSTRAINT districts_issuing_body_name_en_check,
    ADD CONSTRAINT districts_issuing_body_name_en_length CHECK (char_length(issuing_body_name_en) <= 300),
    DROP CONSTRAINT districts_issuing_body_head_position_kk_check,
    ADD CONSTRAINT districts_issuing_body_head_position_kk_length CHECK (char_length(issuing_body_head_position_kk) <= 200),
    DROP CONSTRAINT districts_issuing_body_head_position_ru_check,
    ADD CONSTRAINT districts_issuing_body_head_position_ru_length CHECK (char_length(issuing_body_head_position_ru) <= 200),
    DROP CONSTRAINT districts_issuing_body_head_position_en_check,
    ADD CONSTRAINT districts_issuing_body_head_position_en_length CHECK (char_length(issuing_body_head_position_en) <= 200),
    DROP CONSTRAINT districts_issuing_body_head_name_check,
    ADD CONSTRAINT districts_issuing_body_head_name_length CHECK (char_length(issuing_body_head_name) <= 200),
    DROP CONSTRAINT districts_police_body_name_kk_check,
    ADD CONSTRAINT districts_police_body_name_kk_length CHECK (char_length(police_body_name_kk) <= 300),
    DROP CONSTRAINT districts_police_body_name_ru_check,
    ADD CONSTRAINT districts_police_body_name_ru_length CHECK (char_length(police_body_name_ru) <= 300),
    DROP CONSTRAINT districts_police_body_name_en_check,
    ADD CONSTRAINT districts_police_body_name_en_length CHECK (char_length(police_body_name_en) <= 300);
ALTER TABLE settings
    ADD CONSTRAINT settings_value_length CHECK (char_length(value) <= 120);
ALTER TABLE calendar_exceptions
    ADD CONSTRAINT calendar_exceptions_note_length CHECK (char_length(note) <= 200);
