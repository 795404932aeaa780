/**
 * How errors leave Comity: one RFC 9457 problem shape for every API failure, whether raised in a
 * controller, a security filter or the servlet container, and an error page for the tasklist.
 */
package org.comity.web.problem;
