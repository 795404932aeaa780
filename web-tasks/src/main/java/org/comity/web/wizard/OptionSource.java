package org.comity.web.wizard;

import java.util.List;
import java.util.Locale;
import org.comity.core.identity.Actor;
import org.comity.web.form.Choice;

/** The options of a choice field for one officer, labelled in their language. */
@FunctionalInterface
interface OptionSource {

    OptionSource NONE = (actor, locale) -> List.of();

    List<Choice> options(Actor actor, Locale locale);
}
