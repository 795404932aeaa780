package org.comity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;

/** Checks {@link VisibleText}. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                && value.codePoints().noneMatch(VisibleTextValidator::isHidden);
    }

    /**
     * Format characters (bidi controls U+202A–U+202E and U+2066–U+2069, marks U+200E, U+200F and
     * U+061C, zero-width space U+200B, word joiner U+2060, BOM U+FEFF, ...) and control characters,
     * except the two joiners.
     */
    static boolean isHidden(int codePoint) {
        if (codePoint == ZERO_WIDTH_NON_JOINER || codePoint == ZERO_WIDTH_JOINER) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

}
