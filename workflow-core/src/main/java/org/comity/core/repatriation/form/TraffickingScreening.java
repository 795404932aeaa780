package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum TraffickingScreening implements Labelled {
    NO_INDICATORS("No trafficking indicators", "无被拐卖迹象"),
    VICTIM_IDENTIFIED("Trafficking victim identified", "认定为人口贩运受害者");

    private final String en;
    private final String zh;

    TraffickingScreening(String en, String zh) {
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
