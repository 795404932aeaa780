/** Path-by-path tests of the two MLA processes, with the refusal grounds from the real DMN table. */
package org.comity.bpmn.mla;
