package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum TravelDocumentType implements Labelled {
    PASSPORT("Passport", "护照"),
    EMERGENCY_TRAVEL_DOCUMENT("Emergency travel document", "紧急旅行证件"),
    LAISSEZ_PASSER("Laissez-passer", "通行证");

    private final String en;
    private final String zh;

    TravelDocumentType(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    @Override
    public String labelZh() {
        return zh;
    }
}
