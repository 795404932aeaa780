package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/** Why a person is named in the request (legal-domain.md §4.1 {@code personsConcerned}). */
public enum PersonRole implements Labelled {

    SUSPECT("Suspect", "犯罪嫌疑人"),
    ACCUSED("Accused", "被告人"),
    WITNESS("Witness", "证人"),
    VICTIM("Victim", "被害人"),
    ACCOUNT_HOLDER("Account holder", "账户持有人"),
    SUBSCRIBER("Telephone subscriber", "电话用户"),
    OTHER("Other", "其他");

    private final String en;
    private final String zh;

    PersonRole(String en, String zh) {
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
