/**
 * The states a deployment serves: their codes, names in both languages, time zones and languages.
 * Everything jurisdiction-specific (deadlines' zones, document languages, who sees what) starts here.
 */
package org.comity.core.jurisdiction;
