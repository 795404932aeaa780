/**
 * Criminal-law facts that more than one form of cooperation compares with its thresholds: a
 * penalty (a term in months, life or death) as a law provides it or a court imposed it. Extradition
 * offences and judgments and MLA offences share it, so that "punishable by at least one year" means
 * the same in both (legal-domain.md §9 item 5), and how a penalty is worded on a document. Only values
 * and their wording here: the rules that judge them live with their feature.
 */
package org.comity.core.law;
