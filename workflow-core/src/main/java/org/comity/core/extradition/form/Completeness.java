package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** Outcome of the formal examination of a request (S10 Arts. 16, 18). */
public enum Completeness implements Labelled {

    COMPLETE("Complete", "材料齐全"),
    INCOMPLETE("Incomplete: ask for supplementary information", "材料不全：要求补充");

    private final String en;
    private final String zh;

    Completeness(String en, String zh) {
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
