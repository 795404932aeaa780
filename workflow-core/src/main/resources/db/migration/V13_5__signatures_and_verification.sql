-- How an officer is named on the documents they sign (issue 13): name in their own script and in
-- Latin, title, authority and place, each in English and the officer's language. Seeded by the demo
-- profile for the demo users and from comity.officer-profiles in production.
CREATE TABLE comity_officer_profile (
    username         VARCHAR(64)   NOT NULL PRIMARY KEY,
    name_original    VARCHAR(200)  NOT NULL,
    name_latin       VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200)  NOT NULL,
    title_local      VARCHAR(200)  NOT NULL,
    authority_en     VARCHAR(300)  NOT NULL,
    authority_local  VARCHAR(300)  NOT NULL,
    place_en         VARCHAR(200)  NOT NULL,
    place_local      VARCHAR(200)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the public verification page answers for a printed code: the content digest printed on the
-- document (and carried by its QR code), the issuing state and authority, and which earlier document
-- of the same case and type a re-issue supersedes. Documents issued before this have no content digest
-- stored and verify as issued without one.
ALTER TABLE comity_document ADD COLUMN content_sha256 CHAR(64);
ALTER TABLE comity_document ADD COLUMN issuing_state VARCHAR(8);
ALTER TABLE comity_document ADD COLUMN issuing_authority VARCHAR(400);
ALTER TABLE comity_document ADD COLUMN supersedes UUID;
CREATE INDEX comity_document_verification ON comity_document (verification_code);
CREATE UNIQUE INDEX comity_document_supersedes ON comity_document (supersedes);
