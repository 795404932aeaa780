package org.comity.core.extradition.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Copies a fixture request with one part changed, for tests. */
public final class RequestBuilder {

    private String requestingState;
    private String requestedState;
    private Purpose purpose;
    private Urgency urgency;
    private Channel channel;
    private String legalBasisId;
    private Person person;
    private List<Offence> offences;
    private Warrant warrant;
    private Judgment judgment;
    private Undertakings undertakings;
    private LocalDate requestDate;
    private String factsSummary;

    private RequestBuilder(ExtraditionRequest r) {
        requestingState = r.requestingState();
        requestedState = r.requestedState();
        purpose = r.purpose();
        urgency = r.urgency();
        channel = r.channel();
        legalBasisId = r.legalBasisId();
        person = r.person();
        offences = r.offences();
        warrant = r.warrant();
        judgment = r.judgment();
        undertakings = r.undertakings();
        requestDate = r.requestDate();
        factsSummary = r.factsSummary();
    }

    public static RequestBuilder from(ExtraditionRequest request) {
        return new RequestBuilder(request);
    }

    public RequestBuilder requestingState(String value) {
        requestingState = value;
        return this;
    }

    public RequestBuilder requestedState(String value) {
        requestedState = value;
        return this;
    }

    public RequestBuilder purpose(Purpose value) {
        purpose = value;
        return this;
    }

    public RequestBuilder urgency(Urgency value) {
        urgency = value;
        return this;
    }

    public RequestBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    public RequestBuilder legalBasisId(String value) {
        legalBasisId = value;
        return this;
    }

    public RequestBuilder person(Person value) {
        person = value;
        return this;
    }

    public RequestBuilder offences(Offence... values) {
        offences = Arrays.asList(values);
        return this;
    }

    public RequestBuilder warrant(Warrant value) {
        warrant = value;
        return this;
    }

    public RequestBuilder judgment(Judgment value) {
        judgment = value;
        return this;
    }

    public RequestBuilder undertakings(Undertakings value) {
        undertakings = value;
        return this;
    }

    public RequestBuilder requestDate(LocalDate value) {
        requestDate = value;
        return this;
    }

    public ExtraditionRequest build() {
        return new ExtraditionRequest(
                requestingState,
                requestedState,
                purpose,
                urgency,
                channel,
                legalBasisId,
                person,
                offences,
                warrant,
                judgment,
                undertakings,
                requestDate,
                factsSummary);
    }
}
