package org.comity.web.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One JSON write endpoint of the sweep: where, as whom (a bearer token, or {@code user:password} for
 * HTTP Basic), a valid body, and the bad values per field path. {@code form} marks a task completion,
 * whose body is a flat form and is swept with fewer malformed bodies (each costs a password check).
 */
record SweepEndpoint(
        String name,
        String path,
        String caller,
        ObjectNode valid,
        Map<String, Map<String, JsonNode>> fields,
        boolean form) {

    static SweepEndpoint form(
            String name, String taskId, String caller, ObjectNode valid, Map<String, Map<String, JsonNode>> fields) {
        return new SweepEndpoint(name, "/api/v1/tasks/" + taskId + "/complete", caller, valid, fields, true);
    }
}
