-- H2: puts the travel documents issued before V8 (kept only in the task submissions) on their
-- persons, as TravelDocuments does for every completion since. Submissions are Jackson JSON of
-- the form's plain values; the number is [A-Z0-9]{5,20} and the type an enum name, so a regular
-- expression reads them exactly. The PostgreSQL twin is db/vendor/postgresql/V8_1.
UPDATE repatriation_person p SET
    travel_document_type = (SELECT REGEXP_SUBSTR(s.form_values, '"travelDocumentType":"([A-Z_]+)"', 1, 1, '', 1)
        FROM task_submission s WHERE s.process_instance_id = p.process_instance_id
        AND s.task_key = 'Task_IssueTravelDocument'),
    travel_document_number = (SELECT REGEXP_SUBSTR(s.form_values, '"travelDocumentNumber":"([A-Z0-9]{5,20})"', 1, 1, '', 1)
        FROM task_submission s WHERE s.process_instance_id = p.process_instance_id
        AND s.task_key = 'Task_IssueTravelDocument'),
    travel_document_expiry = (SELECT CAST(REGEXP_SUBSTR(s.form_values,
            '"travelDocumentExpiry":"([0-9]{4}-[0-9]{2}-[0-9]{2})"', 1, 1, '', 1) AS DATE)
        FROM task_submission s WHERE s.process_instance_id = p.process_instance_id
        AND s.task_key = 'Task_IssueTravelDocument')
WHERE p.travel_document_number IS NULL AND EXISTS (SELECT 1 FROM task_submission s
    WHERE s.process_instance_id = p.process_instance_id AND s.task_key = 'Task_IssueTravelDocument');
