package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model paths become the nested maps and lists Jackson reads, element i staying element i. */
class ModelTreeTest {

    @Test
    @SuppressWarnings("unchecked")
    void buildsNestedObjectsAndListsFromPaths() {
        Map<String, Object> tree = new LinkedHashMap<>();
        ModelTree.put(tree, "offences[1].maximumPenalty.kind", "LIFE");
        ModelTree.put(tree, "offences[0].description", null);
        ModelTree.put(tree, "person.nationalities[0]", "CN");
        ModelTree.ensureList(tree, "person.aliases");

        List<Map<String, Object>> offences = (List<Map<String, Object>>) tree.get("offences");
        assertThat(offences).hasSize(2);
        assertThat(offences.get(0)).containsEntry("description", null).hasSize(1);
        assertThat(offences.get(1)).isEqualTo(Map.of("maximumPenalty", Map.of("kind", "LIFE")));
        assertThat(tree.get("person")).isEqualTo(Map.of("nationalities", List.of("CN"), "aliases", List.of()));
        assertThat(ModelTree.exists(tree, "person")).isTrue();
        assertThat(ModelTree.exists(tree, "judgment")).isFalse();
    }
}
