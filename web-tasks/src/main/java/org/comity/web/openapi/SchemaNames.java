package org.comity.web.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names each schema of the contract after its Java type, prefixed with its procedure
 * ({@code ExtraditionOffence}, {@code MlaOffence}) so that the procedures' types of the same name
 * stay two schemas. OpenAPI generators key models by schema name alone: two types under one name
 * would silently become one model (the MLA offence documented as the extradition offence), so a
 * name that would be given to a second type stops the contract from being generated, naming both.
 */
final class SchemaNames extends TypeNameResolver {

    private static final String COMITY = "org.comity.";
    private static final Map<String, String> PROCEDURES = Map.of(
            "extradition",
            "Extradition",
            "mla",
            "Mla",
            "repatriation",
            "Repatriation",
            // route conflicts are read through the repatriation API (an operation's conflicts)
            "routeconflict",
            "Repatriation");

    /**
     * Every name given, JVM-wide: swagger's model converters are one static registry shared by all
     * application contexts of a JVM (the test suite runs several), so the last context's resolver may
     * name the types of another context's contract. A type's name depends only on the type.
     */
    private static final Map<String, Class<?>> NAMED = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        if (!type.getName().startsWith(COMITY)) {
            return super.getNameOfClass(type);
        }
        String name = procedureOf(type) + type.getSimpleName();
        Class<?> earlier = NAMED.putIfAbsent(name, type);
        if (earlier != null && !earlier.equals(type)) {
            throw new IllegalStateException("Two types would share the API schema name " + name + ": "
                    + earlier.getName() + " and " + type.getName() + "; give one a @Schema(name = ...)");
        }
        return name;
    }

    /** The type named so in the contract, if it is one of Comity's. */
    Optional<Class<?>> typeNamed(String name) {
        return Optional.ofNullable(NAMED.get(name));
    }

    /** The procedure's prefix for a type of a procedure's package, unless its name already starts with it. */
    private static String procedureOf(Class<?> type) {
        for (String segment : type.getPackageName().substring(COMITY.length()).split("\\.")) {
            String prefix = PROCEDURES.get(segment.toLowerCase(Locale.ROOT));
            if (prefix != null) {
                return type.getSimpleName().startsWith(prefix) ? "" : prefix;
            }
        }
        return "";
    }
}
