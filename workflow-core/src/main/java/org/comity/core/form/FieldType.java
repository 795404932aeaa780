package org.comity.core.form;

/** The kinds of field a form may have; each maps to one HTML input and one JSON type. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    DATE,
    DATE_TIME,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    CHOICE,
    MULTI_CHOICE
}
