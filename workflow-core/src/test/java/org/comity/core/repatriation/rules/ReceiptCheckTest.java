package org.comity.core.repatriation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The receipt rule (legal-domain.md §5.3 receipt, §9 item 18, §10 item 21), for both ways in. */
class ReceiptCheckTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final Set<UUID> MANIFEST = Set.of(A, B, C);

    @Test
    void everyoneReceivedOrEachMissingPersonListedWithAReason() {
        assertThat(ReceiptCheck.check(MANIFEST, Set.of(), 3, 0, List.of())).isEmpty();
        assertThat(ReceiptCheck.check(
                        MANIFEST, Set.of(), 2, 1, List.of(new ReceiptCheck.Line(B.toString(), "In hospital"))))
                .isEmpty();
    }

    @Test
    void aCountThatDiffersFromTheManifestIsRefused() {
        assertThat(ReceiptCheck.check(MANIFEST, Set.of(), 2, 0, List.of()))
                .extracting(ReceiptCheck.Problem::part, ReceiptCheck.Problem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("receivedCount", "ManifestCount"));
    }

    @Test
    void listedPersonsMustBeOnTheManifestOnceWithAReasonAndMatchTheCount() {
        List<ReceiptCheck.Line> lines = List.of(
                new ReceiptCheck.Line(UUID.randomUUID().toString(), "Unknown"),
                new ReceiptCheck.Line(B.toString(), " "),
                new ReceiptCheck.Line(C.toString(), "Escaped"),
                new ReceiptCheck.Line(C.toString(), "Twice"));

        assertThat(ReceiptCheck.check(MANIFEST, Set.of(), 0, 3, lines))
                .extracting(ReceiptCheck.Problem::line, ReceiptCheck.Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "OnManifest"),
                        org.assertj.core.groups.Tuple.tuple(1, "NotBlank"),
                        org.assertj.core.groups.Tuple.tuple(3, "OnManifest"),
                        org.assertj.core.groups.Tuple.tuple(-1, "DiscrepancyListed"),
                        org.assertj.core.groups.Tuple.tuple(-1, "ManifestCount"));
    }

    @Test
    void personsHeldBackByARouteConflictAreAccountedForAlready() {
        assertThat(ReceiptCheck.check(MANIFEST, Set.of(C), 2, 0, List.of())).isEmpty();
        assertThat(ReceiptCheck.check(MANIFEST, Set.of(C), 1, 1, List.of(new ReceiptCheck.Line(C.toString(), "Held"))))
                .extracting(ReceiptCheck.Problem::rule)
                .containsExactly("HeldBack");
    }

    @Test
    void theDiscrepancyTextHasOneLinePerPersonBothWays() {
        List<ReceiptCheck.Line> lines = List.of(
                new ReceiptCheck.Line(A.toString(), "In hospital"),
                new ReceiptCheck.Line(B.toString(), "Escaped: search under way"));

        assertThat(ReceiptCheck.lines(ReceiptCheck.text(lines))).isEqualTo(lines);
        assertThat(ReceiptCheck.lines("\n" + A + " :In hospital\r\nnot a line\n"))
                .containsExactly(
                        new ReceiptCheck.Line(A.toString(), "In hospital"), new ReceiptCheck.Line("not a line", ""));
    }
}
