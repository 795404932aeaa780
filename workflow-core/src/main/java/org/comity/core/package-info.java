/**
 * Comity's domain: jurisdictions, identities, cases, forms and task work, legal rules and the ports the other modules implement. Packages are business features; nothing here knows about HTTP, HTML or PDF.
 */
package org.comity.core;
