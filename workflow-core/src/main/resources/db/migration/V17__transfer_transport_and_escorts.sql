-- What a handover manifest states about the batch (legal-domain.md §5.3): the flight number or
-- vehicle registration (required for a flight) and the escorting officers with agency and badge,
-- recorded when the holding state plans the transfer. Written to run on H2 2.x and PostgreSQL 14+.
ALTER TABLE repatriation_transfer ADD COLUMN vehicle VARCHAR(40);

CREATE TABLE repatriation_transfer_escort (
    transfer_id  UUID          NOT NULL REFERENCES repatriation_transfer (id),
    position     INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    agency       VARCHAR(200)  NOT NULL,
    badge        VARCHAR(40)   NOT NULL,
    PRIMARY KEY (transfer_id, position),
    UNIQUE (transfer_id, badge)
);

-- The chunk in which a received person's process is told of the handover (one job per chunk),
-- fixed when the handover is recorded so that a retried or later chunk takes the same persons.
ALTER TABLE repatriation_transfer_person ADD COLUMN handover_chunk INTEGER;
