/**
 * The repatriation rules, one class per rule (internal): an operation's cross-field rules, a person
 * row's field rules and the typed person it yields, duplicate persons, transport and escorts, a
 * travel document's number unique to one person, and a receipt against its manifest. They read the
 * request and form models only; the facade in the feature's root applies them.
 */
package org.comity.core.repatriation.rules;
