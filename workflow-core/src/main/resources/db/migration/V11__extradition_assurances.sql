-- Assurances the requesting state gave because the requested state demanded them (PRC Extradition
-- Law Art. 50; UN Model Treaty Art. 4(d)), and the sentences later imposed on the surrendered person,
-- which must honour them. Offences are named by their index in the stored request; no personal data
-- of the person is kept here. Written to run unchanged on H2 2.x and PostgreSQL 14+.

CREATE TABLE extradition_assurance (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    kind                VARCHAR(24)   NOT NULL CHECK (kind IN ('DEATH_PENALTY', 'SENTENCE', 'PROSECUTION_LIMIT')),
    giving_state        VARCHAR(2)    NOT NULL,
    given_through       VARCHAR(32)   NOT NULL,
    deciding_authority  VARCHAR(32)   NOT NULL,
    article_reference   VARCHAR(500)  NOT NULL,
    terms               VARCHAR(4000) NOT NULL,
    max_term_months     INTEGER       CHECK (max_term_months > 0),
    given_on            DATE          NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((kind = 'SENTENCE') = (max_term_months IS NOT NULL))
);
CREATE INDEX extradition_assurance_case ON extradition_assurance (case_id);

-- The offences of the request a PROSECUTION_LIMIT assurance limits prosecution to.
CREATE TABLE extradition_assurance_offence (
    assurance_id        UUID          NOT NULL REFERENCES extradition_assurance (id),
    offence_index       INTEGER       NOT NULL CHECK (offence_index >= 0),
    PRIMARY KEY (assurance_id, offence_index)
);

-- A sentence imposed on the surrendered person, accepted only if it honours every assurance given.
CREATE TABLE extradition_sentence (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    kind                VARCHAR(8)    NOT NULL CHECK (kind IN ('TERM', 'LIFE', 'DEATH')),
    months              INTEGER       CHECK (months > 0),
    court               VARCHAR(500)  NOT NULL,
    imposed_on          DATE          NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((kind = 'TERM') = (months IS NOT NULL))
);
CREATE INDEX extradition_sentence_case ON extradition_sentence (case_id);
