-- A travel document identifies one person (TravelDocumentNumberUnique, legal-domain.md §5.3): the
-- rule reads before it writes, so two completions at the same moment could each find the number
-- free and both store it. The database decides instead: a second person with the same number is
-- refused by this constraint (and its index serves the rule's look-up), which TravelDocuments
-- answers as the same field error. NULL (no document issued yet) is allowed for any number of
-- persons, in H2 and in PostgreSQL alike.
ALTER TABLE repatriation_person ADD CONSTRAINT repatriation_person_travel_document_number_unique
    UNIQUE (travel_document_number);
