/**
 * Assurances the requesting state gives because the requested state demanded them before granting
 * extradition — no death penalty, a sentencing limit, prosecution limited to named offences — and
 * their binding force afterwards: who decides and gives them (DMN {@code AssuranceRouting}; PRC
 * Extradition Law Art. 50, ICJA Art. 11: MFA gives, SPP decides limits on prosecution, SPC
 * sentencing), and the refusal of a later sentence or prosecution that would break one
 * (legal-domain.md §2.4 step 4, §9 item 13, §10 item 7).
 */
package org.comity.core.extradition.assurance;
