package org.comity.core.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * All task forms of the application, found once at start-up by their {@link TaskForm} annotation
 * under {@code org.comity}. A form that is malformed (an unlabelled field, a type a form cannot
 * carry, a key used twice) stops the application from starting rather than failing an officer later.
 */
@Component
public class FormRegistry {

    static final String BASE_PACKAGE = "org.comity";

    private final Map<String, FormDefinition<?>> byKey;

    public FormRegistry() {
        this(scan());
    }

    FormRegistry(Collection<Class<? extends Record>> formTypes) {
        Map<String, FormDefinition<?>> forms = new TreeMap<>();
        for (Class<? extends Record> type : formTypes) {
            FormDefinition<?> definition = define(type);
            FormDefinition<?> previous = forms.putIfAbsent(definition.formKey(), definition);
            if (previous != null) {
                throw new IllegalStateException("Form key " + definition.formKey() + " is used by "
                        + previous.type().getName() + " and " + type.getName());
            }
        }
        this.byKey = Map.copyOf(forms);
    }

    public Optional<FormDefinition<?>> find(String formKey) {
        return Optional.ofNullable(formKey).map(byKey::get);
    }

    public Collection<FormDefinition<?>> all() {
        return byKey.values();
    }

    private static <F extends Record> FormDefinition<F> define(Class<F> type) {
        String key = type.getAnnotation(TaskForm.class).value();
        return new FormDefinition<>(key, type, SchemaReader.read(key, type));
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Record>> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(TaskForm.class));
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, FormRegistry.class.getClassLoader()))
                .<Class<? extends Record>>map(type -> {
                    if (!type.isRecord()) {
                        throw new IllegalStateException("A @TaskForm must be a record: " + type.getName());
                    }
                    return (Class<? extends Record>) type;
                })
                .toList();
    }
}
