/**
 * The states a deployment serves: their codes, names in both languages, time zones and languages.
 * Everything jurisdiction-specific (deadlines' zones, document languages, who sees what) starts here,
 * and so does "today" as the state performing an act sees it ({@link org.comity.core.jurisdiction.JurisdictionClock}).
 */
package org.comity.core.jurisdiction;
