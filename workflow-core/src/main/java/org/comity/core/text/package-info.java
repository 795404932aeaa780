/**
 * Text in any configured language: {@link org.comity.core.text.MultilingualText} holds one text
 * keyed by language tag, so that adding a language (Burmese, or any later one) is adding bundle
 * files and configuration, not changing a type. For documents, {@link org.comity.core.text.Text}
 * is what core hands the document service: fixed wording as a {@link org.comity.core.text.Phrase}
 * (a message key of the document bundles with its arguments, never the wording itself), a
 * configured value as a {@link org.comity.core.text.MultilingualText}, or a state by code as a
 * {@link org.comity.core.text.CountryName}.
 */
package org.comity.core.text;
