package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.comity.core.casefile.CaseFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes an operation: its end date (unless one was given at intake) and its case's status. */
@Service
public class OperationClosings {

    static final String CLOSED = "CLOSED";

    private final Operations operations;
    private final CaseFiles cases;

    OperationClosings(Operations operations, CaseFiles cases) {
        this.operations = operations;
        this.cases = cases;
    }

    @Transactional
    public void close(UUID operationId, LocalDate closedOn) {
        operations.close(operationId, closedOn);
        cases.changeStatus(operationId, CLOSED);
    }
}
