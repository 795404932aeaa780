package org.comity.core.extradition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.comity.core.extradition.request.Person;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.PersonIdentity;
import org.comity.core.routeconflict.PersonSought;
import org.comity.core.routeconflict.SoughtPersons;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The persons extradition requests seek, as route conflicts see them (legal-domain.md §10 item 22):
 * a request counts while it is not closed and once the requested state has received it (its
 * examination process has started). A received request is announced as {@link PersonSought}, so
 * that route conflicts look for the person among those the requested state holds.
 */
@Component
class ExtraditionSoughtPersons implements SoughtPersons {

    private final ExtraditionRequests records;
    private final HistoryService history;
    private final ApplicationEventPublisher events;

    ExtraditionSoughtPersons(ExtraditionRequests records, HistoryService history, ApplicationEventPublisher events) {
        this.records = records;
        this.history = history;
        this.events = events;
    }

    @EventListener
    void onRequestReceived(ExtraditionRequestReceived received) {
        events.publishEvent(new PersonSought(received.caseId(), received.requestedState()));
    }

    @Override
    public Optional<PersonIdentity> soughtIn(UUID caseId) {
        return records.requestOfCase(caseId).map(request -> request.person().identity());
    }

    @Override
    public List<Sought> pendingTo(String requestedState) {
        return records.pendingRequestsTo(requestedState).stream()
                .map(pending ->
                        new Sought(pending.caseId(), pending.request().person().identity()))
                .toList();
    }

    @Override
    public boolean received(UUID caseId) {
        return history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ExtraditionProcesses.Requested.PROCESS_ID)
                        .processInstanceBusinessKey(caseId.toString())
                        .count()
                > 0;
    }

    @Override
    public Optional<Request> request(UUID caseId) {
        return records.requestOfCase(caseId).map(request -> {
            Person person = request.person();
            return new Request(
                    person.nameInOriginalScript(),
                    person.nameInLatinScript(),
                    person.dateOfBirth(),
                    person.identityDocuments().stream()
                            .map(IdentityDocument::number)
                            .toList(),
                    request.offences().stream()
                            .map(o -> new Offence(
                                    o.description(), o.provisionInRequestingLaw(), o.dateFrom(), o.dateTo(), o.place()))
                            .toList());
        });
    }
}
