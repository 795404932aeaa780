package org.comity.core.form;

/**
 * An option of a choice field (an enum constant) with its label in both languages, so that the
 * schema and the tasklist can show "Extraditable / 可以引渡" instead of a constant name.
 */
public interface Labelled {

    String labelEn();

    String labelZh();
}
