package org.comity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link VisibleText} with {@link TextRule}. A text that is not in NFC is refused here only
 * if its record did not normalise it ({@link Texts#nfc}); every request record does. The message
 * is chosen by key and takes the offending character as a parameter, never the input itself, so
 * that no submitted text is ever interpolated (CVE-2020-10693).
 */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

    private boolean multiline;
    private int max;

    public VisibleTextValidator() {
        this.max = TextRule.LINE_MAX;
    }

    @Override
    public void initialize(VisibleText annotation) {
        multiline = annotation.multiline();
        max = TextRule.maxOf(annotation);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return false;
        }
        Optional<TextRule.Problem> problem = TextRule.check(value, multiline, max);
        if (problem.isPresent() && context != null) {
            report(problem.get(), context);
        }
        return problem.isEmpty();
    }

    private void report(TextRule.Problem problem, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate
                .withDynamicPayload(problem.kind().rule())
                .addMessageParameter("character", problem.character())
                .addMessageParameter("max", max)
                .buildConstraintViolationWithTemplate("{" + problem.kind().messageKey() + "}")
                .addConstraintViolation();
    }
}
