/** The HTTP API over task work: list, read the form, claim, release, complete. */
package org.comity.web.task;
