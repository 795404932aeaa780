package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.ExtraditionDecision;
import org.comity.core.document.ExtraditionRequest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;
import org.comity.documents.wording.Words;

/**
 * Decision on extradition (legal-domain.md §2.6, steps A12–A16): the outcome, the court's ruling it
 * follows, for a refusal each ground by its code with whether it is mandatory (so that the
 * requesting state can see which grounds a new request could overcome), the reasons and the
 * rationale for a discretionary ground, and for a grant the offences granted, which the rule of
 * speciality binds the requesting state to.
 */
final class ExtraditionDecisionTemplate implements Template<ExtraditionDecision> {

    @Override
    public Class<ExtraditionDecision> contentType() {
        return ExtraditionDecision.class;
    }

    @Override
    public void write(ExtraditionDecision decision, DocumentComposer composer, Words words) {
        SubjectSection.write("1. " + words.inline("heading.person-concerned"), decision.person(), composer, words);
        composer.heading("2. " + words.inline("heading.decision"));
        composer.field(words.inline("label.deciding-authority"), words.lines(decision.decidingAuthority()));
        composer.field(
                words.inline("label.outcome"), words.lines(decision.outcome().wording()));
        if (decision.outcome() == ExtraditionDecision.Outcome.POSTPONED) {
            composer.field(words.inline("label.postponed-until"), Wording.date(words, decision.postponedUntil()));
        }
        int section = 3;
        if (decision.ruling() != null) {
            ExtraditionDecision.CourtRuling ruling = decision.ruling();
            composer.heading(section++ + ". " + words.inline("heading.court-ruling"));
            composer.field(words.inline("label.court"), Wording.written(words, ruling.court()));
            composer.field(words.inline("label.date-of-the-ruling"), Wording.date(words, ruling.date()));
            composer.field(words.inline("label.ruling"), words.lines(ruling.ruling()));
            composer.field(words.inline("label.reasons-of-the-court"), Wording.written(words, ruling.reasons()));
        }
        if (!decision.grounds().isEmpty()) {
            composer.heading(section++ + ". " + words.inline("heading.grounds"));
            composer.table(groundsTable(decision, words));
        }
        if (decision.reasons() != null || decision.rationale() != null) {
            composer.heading(section++ + ". " + words.inline("heading.reasons"));
            if (decision.reasons() != null) {
                composer.paragraph(Wording.written(words, decision.reasons()));
            }
            if (decision.rationale() != null) {
                composer.field(
                        words.inline("label.rationale-for-the-discretionary-ground"),
                        Wording.written(words, decision.rationale()));
            }
        }
        if (!decision.offencesGranted().isEmpty()) {
            composer.heading(section + ". " + words.inline("heading.offences-for-which-extradition-is-granted"));
            int number = 1;
            for (ExtraditionRequest.Offence offence : decision.offencesGranted()) {
                composer.field(
                        words.inline("label.offence-numbered", number++),
                        Wording.written(words, offence.description()));
                composer.field(
                        words.inline("label.provision"), Wording.written(words, offence.provisionInRequestingLaw()));
                composer.field(
                        words.inline("label.committed"),
                        Wording.date(words, offence.dateFrom()) + " – " + Wording.date(words, offence.dateTo()));
            }
        }
    }

    private static Table groundsTable(ExtraditionDecision decision, Words words) {
        List<List<String>> rows = new ArrayList<>();
        for (ExtraditionDecision.RefusalGround ground : decision.grounds()) {
            rows.add(List.of(
                    ground.code(),
                    words.inline(ground.mandatory() ? "value.ground-mandatory" : "value.ground-optional"),
                    words.lines(ground.wording())));
        }
        return new Table(
                List.of(
                        new Table.Column(words.lines("column.code"), 1f),
                        new Table.Column(words.lines("column.kind"), 1.6f),
                        new Table.Column(words.lines("column.ground"), 5f)),
                rows,
                null);
    }
}
