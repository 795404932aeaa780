/**
 * Text in any configured language: {@link org.comity.core.text.MultilingualText} holds one text
 * keyed by language tag, so that adding a language (Burmese, or any later one) is adding bundle
 * files and configuration, not changing a type.
 */
package org.comity.core.text;
