-- PostgreSQL: puts the travel documents issued before V8 (kept only in the task submissions) on
-- their persons, as TravelDocuments does for every completion since. The H2 twin is
-- db/vendor/h2/V8_1.
UPDATE repatriation_person p SET
    travel_document_type = (s.form_values::jsonb ->> 'travelDocumentType'),
    travel_document_number = (s.form_values::jsonb ->> 'travelDocumentNumber'),
    travel_document_expiry = CAST(s.form_values::jsonb ->> 'travelDocumentExpiry' AS DATE)
FROM task_submission s
WHERE s.process_instance_id = p.process_instance_id AND s.task_key = 'Task_IssueTravelDocument'
    AND p.travel_document_number IS NULL;
