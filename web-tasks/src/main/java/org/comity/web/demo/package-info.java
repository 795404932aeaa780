/**
 * Demo data for the {@code demo} profile only: users, agency tokens and the seed repatriation
 * operation ({@code POST /api/v1/demo/operation} or {@code comity.demo.load-operation=true}).
 */
package org.comity.web.demo;
