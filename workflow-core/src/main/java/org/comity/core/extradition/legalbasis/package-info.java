/**
 * Legal bases of extradition (treaties, conventions, statute with reciprocity) with the time
 * limits each one sets, the registry that looks them up by id, and the day-count deadlines that
 * turn a window such as {@code P30D} into the instant a BPMN timer fires. Values and articles come
 * from {@code reference/legal-domain.md} §2.3, §2.5 and §7.4.
 */
package org.comity.core.extradition.legalbasis;
