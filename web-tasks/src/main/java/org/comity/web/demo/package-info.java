/**
 * Demo data for the {@code demo} profile only: users, agency tokens and the seed repatriation
 * operation (at the first start, {@code comity.demo.load-operation}, or {@code POST /api/v1/demo/operation}).
 */
package org.comity.web.demo;
