package org.comity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link PlausibleDate} against the validation clock (the application's clock, see
 * {@link RequestValidation}); today is the clock's date in UTC, whose one-day difference from a
 * jurisdiction's zone cannot matter for a range measured in decades.
 */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private LocalDate from;
    private int yearsAhead;

    @Override
    public void initialize(PlausibleDate annotation) {
        from = LocalDate.parse(annotation.from());
        yearsAhead = annotation.yearsAhead();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate to = yearsAhead < 0
                ? LocalDate.MAX
                : LocalDate.now(context.getClockProvider().getClock()).plusYears(yearsAhead);
        boolean valid = !value.isBefore(from) && !value.isAfter(to);
        if (!valid) {
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("from", from.toString())
                    .addMessageParameter("to", yearsAhead < 0 ? "today" : to.toString());
        }
        return valid;
    }
}
