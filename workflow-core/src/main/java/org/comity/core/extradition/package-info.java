/**
 * Extradition: the legal rules that decide whether, how fast and on what terms a person may be
 * surrendered from the requested state to the requesting state. Sub-packages hold the legal bases
 * and their time limits ({@code legalbasis}), the names of the DMN decision tables
 * ({@code decision}), the request data model ({@code request}) and the named cross-field rules
 * that validate it ({@code validation}). Facts come from {@code reference/legal-domain.md} §2.
 */
package org.comity.core.extradition;
