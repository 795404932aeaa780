-- H2: a plain index serves a LIKE 'prefix%' search on the normalised names (TaskSql).
CREATE INDEX repatriation_person_key_original ON repatriation_person (name_key_original);
CREATE INDEX repatriation_person_key_latin ON repatriation_person (name_key_latin);
CREATE INDEX extradition_subject_key_original ON extradition_subject_name (name_key_original);
CREATE INDEX extradition_subject_key_latin ON extradition_subject_name (name_key_latin);
