package org.comity.core.extradition;

import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseVisibility;
import org.comity.core.identity.Actor;

/**
 * Removes from the exchanged records of an extradition case who, within the other state, recorded
 * them: an assurance or a sentence is the requesting state's word to the requested state, a consent
 * to a later proceeding the requested state's answer; which of their officers typed it in is each
 * state's own business ({@link CaseVisibility}, DESIGN.md §7). The facts themselves stay.
 */
final class OtherPartyRedaction {

    private OtherPartyRedaction() {}

    static AssuranceView assurances(Actor actor, CaseFile file, AssuranceView view) {
        if (view == null || CaseVisibility.seesDeliberationOf(actor, file.requesting())) {
            return view;
        }
        return new AssuranceView(
                view.given().stream()
                        .map(a -> new Assurance(
                                a.id(),
                                a.kind(),
                                a.givingState(),
                                a.givenThrough(),
                                a.decidingAuthority(),
                                a.articleReference(),
                                a.terms(),
                                a.maxTermMonths(),
                                a.offenceIndexes(),
                                a.givenOn(),
                                null,
                                a.recordedAt()))
                        .toList(),
                view.sentences().stream()
                        .map(s -> new Sentence(
                                s.id(), s.kind(), s.months(), s.court(), s.imposedOn(), null, s.recordedAt()))
                        .toList());
    }

    static SpecialityView speciality(Actor actor, CaseFile file, SpecialityView view) {
        if (view == null) {
            return null;
        }
        boolean requesting = CaseVisibility.seesDeliberationOf(actor, file.requesting());
        boolean requested = CaseVisibility.seesDeliberationOf(actor, file.requested());
        return new SpecialityView(
                view.surrenderedOn(),
                view.windowDays(),
                view.grantedOffences(),
                view.proceedings().stream()
                        .map(p -> new SpecialityView.Proceeding(
                                p.id(),
                                p.offence(),
                                p.proceeding(),
                                p.basis(),
                                p.dischargedOn(),
                                p.stillPresentOn(),
                                p.leftOn(),
                                p.returnedOn(),
                                p.status(),
                                requesting ? p.requestedBy() : null,
                                p.requestedAt(),
                                requested ? p.decidedBy() : null,
                                p.decidedAt(),
                                p.decisionReasons()))
                        .toList());
    }
}
