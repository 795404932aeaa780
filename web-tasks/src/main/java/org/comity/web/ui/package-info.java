/** The server-rendered tasklist for legal officers and supervisors (Thymeleaf, no inline scripts). */
package org.comity.web.ui;
