package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** The receiving state's answer when the holding state reports a person as received late. */
public enum LateReceipt implements Labelled {
    CONFIRMED("Confirmed: the person was received", "确认：已接收该人员"),
    NOT_CONFIRMED("Not confirmed: the person was not received", "不确认：未接收该人员");

    private final String en;
    private final String zh;

    LateReceipt(String en, String zh) {
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
