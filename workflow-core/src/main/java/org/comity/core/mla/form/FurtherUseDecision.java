package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/** The requested state's decision on using the evidence in other proceedings (ICJA Art. 18). */
public enum FurtherUseDecision implements Labelled {

    CONSENT("Consent", "同意"),
    CONSENT_WITH_CONDITIONS("Consent with conditions", "附条件同意"),
    REFUSE("Refuse", "不同意");

    private final String en;
    private final String zh;

    FurtherUseDecision(String en, String zh) {
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
