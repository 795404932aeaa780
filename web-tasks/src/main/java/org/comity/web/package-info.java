/**
 * The HTTP face of Comity: the JSON API for agencies and officers, the tasklist UI, security and configuration.
 */
package org.comity.web;
