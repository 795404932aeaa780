package org.comity.core.document;

import java.time.ZonedDateTime;
import org.comity.core.text.Text;

/**
 * Release order after provisional arrest (legal-domain.md §2.8 step A19): the person is released
 * because the formal request did not arrive within the period or the request was withdrawn.
 *
 * @param placeOfDetention where the person was held, as recorded; {@code null} if not recorded
 * @param remarks what the releasing officer wrote, {@code null} when nothing
 */
public record ProvisionalArrestReleaseNotice(
        Subject person,
        ZonedDateTime arrestedAt,
        ZonedDateTime releasedAt,
        int periodDays,
        Text ground,
        FreeText placeOfDetention,
        FreeText remarks)
        implements DocumentContent {

    @Override
    public DocumentType type() {
        return DocumentType.PROVISIONAL_ARREST_RELEASE_NOTICE;
    }
}
