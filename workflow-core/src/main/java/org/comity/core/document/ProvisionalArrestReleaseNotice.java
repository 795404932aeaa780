package org.comity.core.document;

import java.time.ZonedDateTime;

/**
 * Release order after provisional arrest (legal-domain.md §2.8 step A19): the person is released
 * because the formal request did not arrive within the period or the request was withdrawn.
 */
public record ProvisionalArrestReleaseNotice(Subject person, ZonedDateTime arrestedAt, ZonedDateTime releasedAt,
		int periodDays, BilingualText ground) implements DocumentContent {

	@Override
	public DocumentType type() {
		return DocumentType.PROVISIONAL_ARREST_RELEASE_NOTICE;
	}

}
