/** Configuration of the bootable application: typed settings, beans for workflow-core, request limits. */
package org.comity.web.config;
