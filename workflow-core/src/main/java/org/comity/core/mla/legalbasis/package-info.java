/**
 * The instruments an MLA request may rest on: the UN conventions against transnational organised
 * crime and against corruption, the ASEAN MLA treaty, or reciprocity without a treaty (legal-domain.md
 * §4.1, §4.4), with the states each one binds, in a registry looked up by id.
 */
package org.comity.core.mla.legalbasis;
