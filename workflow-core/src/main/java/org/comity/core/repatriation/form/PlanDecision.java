package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum PlanDecision implements Labelled {
    APPROVE("Approve the plan", "批准计划"),
    REJECT("Reject the plan", "驳回计划");

    private final String en;
    private final String zh;

    PlanDecision(String en, String zh) {
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
