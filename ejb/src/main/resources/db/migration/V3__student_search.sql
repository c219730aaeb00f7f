-- Name search by any part of the name, and student-number search by its beginning, both through indexes.
-- The searchable name is a stored column, so the query compares a column (not an expression whose separator
-- the JPA provider would bind as a parameter, which no expression index matches).
ALTER TABLE student ADD COLUMN search_name text
    GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED;
DROP INDEX student_name_search;
CREATE INDEX student_name_search ON student USING gin (search_name gin_trgm_ops);
CREATE INDEX student_number_prefix ON student (student_number text_pattern_ops);
