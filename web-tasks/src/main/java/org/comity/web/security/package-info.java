/**
 * Authentication and the filter chains: people by password (bcrypt), agencies by hashed API token,
 * throttling of failed sign-ins, and the resolution of the signed-in {@code Actor} for controllers.
 */
package org.comity.web.security;
