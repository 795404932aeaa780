/** Demo data for the {@code demo} profile only: users, agency tokens and, later, a demo operation. */
package org.comity.web.demo;
