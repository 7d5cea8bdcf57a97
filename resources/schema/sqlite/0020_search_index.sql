-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 20, SQLite dialect: the people's search text
-- (schema 19) in FTS5 tables with the trigram tokenizer, which answer any
-- three characters or more of it. Each table keeps its own copy of the text
-- and the person's id, so that a search reads neither the wide person rows
-- nor their indexes (at a million people, 26,000 matches cost 127 ms
-- through the person rows, 25 ms in the table alone). A table's rowid is
-- its person row's, and the triggers below keep it in step whoever writes.
-- ruqsat:min_compatible 19

CREATE VIRTUAL TABLE immigrant_search USING fts5(search_text, id UNINDEXED, tokenize = 'trigram');
CREATE VIRTUAL TABLE employer_search USING fts5(search_text, id UNINDEXED, tokenize = 'trigram');

INSERT INTO immigrant_search (rowid, search_text, id) SELECT rowid, search_text, id FROM immigrants;
INSERT INTO employer_search (rowid, search_text, id) SELECT rowid, search_text, id FROM employers;

CREATE TRIGGER immigrants_search_new AFTER INSERT ON immigrants
BEGIN
    INSERT INTO immigrant_search (rowid, search_text, id) VALUES (NEW.rowid, NEW.search_text, NEW.id);
END;
CREATE TRIGGER immigrants_search_gone AFTER DELETE ON immigrants
BEGIN
    DELETE FROM immigrant_search WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER immigrants_search_changed AFTER UPDATE OF search_text, id ON immigrants
BEGIN
    UPDATE immigrant_search SET search_text = NEW.search_text, id = NEW.id WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER employers_search_new AFTER INSERT ON employers
BEGIN
    INSERT INTO employer_search (rowid, search_text, id) VALUES (NEW.rowid, NEW.search_text, NEW.id);
END;
CREATE TRIGGER employers_search_gone AFTER DELETE ON employers
BEGIN
    DELETE FROM employer_search WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER employers_search_changed AFTER UPDATE OF search_text, id ON employers
BEGIN
    UPDATE employer_search SET search_text = NEW.search_text, id = NEW.id WHERE rowid = OLD.rowid;
END;
