package org.comity.core.form;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Component;

/**
 * Turns a submission (JSON object from the API, or request parameters from the tasklist) into the
 * form's record and validates it. Every problem is collected, so that the caller sees all of them:
 * names that are not fields of the form, values of the wrong type, and broken rules. Date rules
 * ({@code @PastOrPresent}, {@code @Future}) are read on the clock of the state whose act the form
 * records, given by the caller (see {@code JurisdictionClock}).
 */
@Component
public class FormBinder {

    /** The texts a page's form sends for a yes/no, a whole number and a decimal field (see {@link #ofItsKind}). */
    private static final Pattern YES_NO = Pattern.compile("true|false");

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,10})?");

    private final ObjectMapper mapper;
    private final ObjectMapper textMapper;
    private final ValidatorFactory validators;

    /**
     * @param mapper the application's strict mapper: a JSON value of the wrong JSON type (a number
     *     for a date, an enum or a text) is refused. Text submitted for a number or a yes/no field
     *     (what an HTML form sends) is converted, by a copy that allows only that coercion.
     */
    public FormBinder(ObjectMapper mapper, ValidatorFactory validators) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.textMapper = this.mapper.copy();
        this.textMapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true);
        this.validators = validators;
    }

    /**
     * The valid form record, or {@link InvalidInputException} with every field error; "today" for the
     * date rules is the date on {@code actsClock}, in the zone of the jurisdiction performing the act.
     */
    public <F extends Record> F bind(FormDefinition<F> form, Map<String, ?> submitted, Clock actsClock) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(submitted.keySet())) {
            if (!form.fieldNames().contains(name)) {
                errors.add(new FieldError(name, "UnknownField", "is not a field of form " + form.formKey()));
            }
        }
        List<RecordComponent> components = form.components();
        Object[] values = new Object[components.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] =
                    convert(components.get(i), submitted.get(components.get(i).getName()), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        F record = instantiate(form, values);
        List<FieldError> violations = Violations.toFieldErrors(validators
                .usingContext()
                .clockProvider(() -> actsClock)
                .getValidator()
                .validate(record));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return record;
    }

    private Object convert(RecordComponent component, Object raw, List<FieldError> errors) {
        Object value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (!ofItsKind(FieldTypes.of(component), value)) {
            errors.add(new FieldError(component.getName(), "Type", "must be " + describe(component)));
            return null;
        }
        JavaType type = mapper.getTypeFactory().constructType(component.getGenericType());
        try {
            Object converted = (value instanceof String ? textMapper : mapper).convertValue(value, type);
            return converted instanceof String s ? Texts.nfc(s.strip(), component.getName()) : converted;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(component.getName(), "Type", "must be " + describe(component)));
            return null;
        }
    }

    /**
     * Whether a number or yes/no value is one before any conversion: Jackson's text coercion alone
     * reads more than a person would mean ({@code "1e3"} as 1000, full-width digits, {@code "1"} as
     * true), so text must be the plain ASCII digits or {@code true}/{@code false}, and a JSON value
     * must be of the field's own JSON type. Other kinds are left to the mapper.
     */
    private static boolean ofItsKind(FieldType kind, Object value) {
        return switch (kind) {
            case BOOLEAN ->
                value instanceof Boolean
                        || value instanceof String s
                                && YES_NO.matcher(s.strip()).matches();
            case INTEGER ->
                value instanceof Integer
                        || value instanceof Long
                        || value instanceof java.math.BigInteger
                        || value instanceof String s && WHOLE.matcher(s.strip()).matches();
            case DECIMAL ->
                value instanceof Number
                        || value instanceof String s
                                && DECIMAL.matcher(s.strip()).matches();
            default -> true;
        };
    }

    private static Object blankToNull(Object raw) {
        return raw instanceof String s && s.isBlank() ? null : raw;
    }

    private static String describe(RecordComponent component) {
        return switch (FieldTypes.of(component)) {
            case TEXT, LONG_TEXT -> "a text";
            case DATE -> "a date in the form YYYY-MM-DD";
            case DATE_TIME -> "a date and time in ISO-8601 with an offset";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case CHOICE, MULTI_CHOICE ->
                "one of "
                        + FieldTypes.options(component).stream()
                                .map(FieldOption::value)
                                .toList();
        };
    }

    private static <F extends Record> F instantiate(FormDefinition<F> form, Object[] values) {
        Class<?>[] types =
                form.components().stream().map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return form.type().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form record " + form.type().getName() + " cannot be built", e);
        }
    }
}
