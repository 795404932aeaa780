package org.comity.core.extradition.request;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A time window that the law allows to be extended <em>once</em>, e.g. China's provisional-arrest
 * window of 30 days plus one extension of 15 days (S10 Art. 31). A window without an extension
 * (the UN Model Treaty's 40 days, S1 Art. 9) has {@link Period#ZERO} as its extension.
 *
 * @param period the window as the law states it, in calendar days or months
 * @param extension the single extension the law allows, {@link Period#ZERO} if none
 */
public record ExtendableWindow(Period period, Period extension) {

    public ExtendableWindow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(extension, "extension");
        if (period.isZero() || period.isNegative() || extension.isNegative()) {
            throw new IllegalArgumentException("a window is positive and its extension not negative");
        }
    }

    /** A window that cannot be extended. */
    public static ExtendableWindow of(Period period) {
        return new ExtendableWindow(period, Period.ZERO);
    }

    /** A window with its single extension. */
    public static ExtendableWindow of(Period period, Period extension) {
        return new ExtendableWindow(period, extension);
    }

    /** Whether the law allows an extension at all. */
    public boolean extendable() {
        return !extension.isZero();
    }

    /** The extension, if the law allows one. */
    public Optional<Period> optionalExtension() {
        return extendable() ? Optional.of(extension) : Optional.empty();
    }

    /** The whole window once the single extension has been granted. */
    public Period extended() {
        return period.plus(extension);
    }
}
