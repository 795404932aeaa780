package org.comity.core.text;

/**
 * Something a document prints in each of its languages. Either a {@link Phrase}, fixed wording that
 * Comity holds only as a message key (its text in each language lives in the document service's
 * bundles, never in Java), or a {@link MultilingualText}, a value configured or recorded in several
 * languages (a state's name, an officer's title). Core code hands documents one of the two and so
 * never chooses, nor knows, the languages a document is printed in.
 */
public sealed interface Text permits Phrase, MultilingualText, CountryName {}
