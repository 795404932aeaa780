package org.comity.web.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds nested maps and lists from model paths such as {@code offences[1].maximumPenalty.kind},
 * the shape Jackson turns into the request records.
 */
final class ModelTree {

    private ModelTree() {}

    /** Whether the object at {@code path} (no list elements on the way) is in the tree. */
    static boolean exists(Map<String, Object> tree, String path) {
        Object current = tree;
        for (String segment : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || segment.endsWith("]")) {
                return false;
            }
            current = map.get(segment);
        }
        return current instanceof Map;
    }

    /** Makes sure the list at {@code path} exists (an empty list is still a list). */
    static void ensureList(Map<String, Object> tree, String path) {
        int dot = path.lastIndexOf('.');
        Map<String, Object> parent = dot < 0 ? tree : object(tree, path.substring(0, dot));
        list(parent, path.substring(dot + 1));
    }

    /** Puts {@code value} at {@code path}, creating the maps and list elements on the way. */
    static void put(Map<String, Object> tree, String path, Object value) {
        int dot = path.lastIndexOf('.');
        Map<String, Object> parent = dot < 0 ? tree : object(tree, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (last.endsWith("]")) {
            List<Object> list = list(parent, last.substring(0, last.indexOf('[')));
            int index = index(last);
            grow(list, index);
            list.set(index, value);
        } else {
            parent.put(last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> tree, String path) {
        Map<String, Object> current = tree;
        for (String segment : path.split("\\.")) {
            if (segment.endsWith("]")) {
                List<Object> list = list(current, segment.substring(0, segment.indexOf('[')));
                int index = index(segment);
                grow(list, index);
                if (!(list.get(index) instanceof Map)) {
                    list.set(index, new LinkedHashMap<String, Object>());
                }
                current = (Map<String, Object>) list.get(index);
            } else {
                Object next = current.get(segment);
                if (!(next instanceof Map)) {
                    next = new LinkedHashMap<String, Object>();
                    current.put(segment, next);
                }
                current = (Map<String, Object>) next;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String name) {
        Object list = parent.get(name);
        if (!(list instanceof List)) {
            list = new ArrayList<>();
            parent.put(name, list);
        }
        return (List<Object>) list;
    }

    private static void grow(List<Object> list, int index) {
        while (list.size() <= index) {
            list.add(null);
        }
    }

    private static int index(String segment) {
        return Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.length() - 1));
    }
}
