-- PostgreSQL: in a database whose collation is not "C" a plain index cannot serve LIKE 'prefix%';
-- varchar_pattern_ops compares byte by byte and can (TaskSql's search by name).
CREATE INDEX repatriation_person_key_original ON repatriation_person (name_key_original varchar_pattern_ops);
CREATE INDEX repatriation_person_key_latin ON repatriation_person (name_key_latin varchar_pattern_ops);
CREATE INDEX extradition_subject_key_original ON extradition_subject_name (name_key_original varchar_pattern_ops);
CREATE INDEX extradition_subject_key_latin ON extradition_subject_name (name_key_latin varchar_pattern_ops);
