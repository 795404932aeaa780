package org.comity.core.repatriation.form;

import org.comity.core.task.ConsequentialChoice;
import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum Clearance implements Labelled {
    CLEARED("Cleared for transfer", "准予移交"),
    /** Ends the person's repatriation as retained: confirmed explicitly in bulk. */
    @ConsequentialChoice
    NOT_CLEARED("Not cleared (retained)", "不予移交（继续羁押）");

    private final String en;
    private final String zh;

    Clearance(String en, String zh) {
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
