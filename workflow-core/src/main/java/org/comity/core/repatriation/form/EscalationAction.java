package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum EscalationAction implements Labelled {
    REMINDED_OFFICER("Officer reminded", "已提醒承办人"),
    REASSIGNED("Reassigned", "已改派"),
    ASKED_HOLDING_STATE("Asked the holding state for information", "已向羁押国索取信息");

    private final String en;
    private final String zh;

    EscalationAction(String en, String zh) {
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
