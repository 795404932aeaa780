/**
 * Telling whether two records name the same person, across features and scripts: the normalised
 * name keys and the identity facts that repatriation intake (duplicates), route conflicts between
 * repatriation and extradition, and earlier extradition requests are matched by; and the person
 * attributes extradition and MLA requests record alike (sex, identity documents). No storage here.
 */
package org.comity.core.person;
