package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** The court's ruling (S10 Art. 24). */
public enum Ruling implements Labelled {

    EXTRADITABLE("Meets the conditions for extradition", "符合引渡条件"),
    NOT_EXTRADITABLE("No extradition", "不引渡");

    private final String en;
    private final String zh;

    Ruling(String en, String zh) {
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
