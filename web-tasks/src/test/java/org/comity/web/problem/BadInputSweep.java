package org.comity.web.problem;

import static org.comity.web.problem.SweepJson.JSON;
import static org.comity.web.problem.SweepJson.bytes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bad-input sweep of issue #14 ("Done when"), one driver for every database: every catalogued
 * bad value ({@link BadInputs}) at every field of every write endpoint of the catalogues
 * ({@link ExtraditionSweepCatalogue}, {@link MlaSweepCatalogue}, {@link RepatriationSweepCatalogue}:
 * intakes, persons as JSON and CSV, assurances, sentences and task forms), plus bodies that are not
 * UTF-8 JSON and bad Idempotency-Keys. For each request it checks the answer (4xx problem+json naming
 * the field it was sent to with a rule, never 5xx, never 2xx) and that the row counts of Comity's
 * tables and the engine's runtime tables are unchanged, one request after another.
 */
final class BadInputSweep {

    private static final String TABLES = "comity_case comity_document extradition_assurance "
            + "extradition_assurance_offence extradition_extension extradition_ground extradition_request "
            + "extradition_sentence extradition_subject_name idempotency_key mla_evidence_item mla_ground mla_person "
            + "mla_request repatriation_call_centre repatriation_operation repatriation_person "
            + "repatriation_person_document repatriation_region repatriation_transfer repatriation_transfer_person "
            + "route_conflict speciality_offence speciality_proceeding speciality_register task_submission "
            + "ACT_RU_TASK ACT_RU_EXECUTION ACT_RU_VARIABLE ACT_RU_JOB ACT_HI_ACTINST ACT_HI_PROCINST";

    private final SweepContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Tally tally = new Tally();

    private BadInputSweep(SweepContext context) {
        this.context = context;
    }

    /** The figures of a sweep; {@code failures} names each request that broke a rule and how. */
    static final class Tally {
        int tried;
        int refused;
        int serverErrors;
        int storedAfterRefusal;
        int acceptedInvalid;
        int unnamed;
        final List<String> failures = new ArrayList<>();

        /** The count of requests that broke a rule of the sweep; 0 when it passes. */
        int broken() {
            return serverErrors + storedAfterRefusal + acceptedInvalid + unnamed;
        }
    }

    /** Sets up the catalogues' cases, runs every probe, and prints the summary line for {@code database}. */
    static Tally run(SweepContext context, String database) {
        long start = System.nanoTime();
        BadInputSweep sweep = new BadInputSweep(context);
        List<SweepEndpoint> endpoints = new ArrayList<>(ExtraditionSweepCatalogue.endpoints(context));
        endpoints.addAll(MlaSweepCatalogue.endpoints());
        RepatriationSweepCatalogue repatriation = new RepatriationSweepCatalogue(context);
        endpoints.addAll(repatriation.endpoints());

        endpoints.forEach(endpoint -> endpointProbes(endpoint).forEach(sweep::probe));
        repatriation.csv().forEach(sweep::probe);
        ExtraditionSweepCatalogue.idempotencyKeys().forEach(sweep::probe);

        Tally t = sweep.tally;
        System.out.printf(
                "bad-input sweep on %s: tried %d, 4xx %d, 5xx %d, stored after a refusal %d, "
                        + "accepted-but-invalid %d, refusals not naming the field %d (%d s with set-up)%n",
                database,
                t.tried,
                t.refused,
                t.serverErrors,
                t.storedAfterRefusal,
                t.acceptedInvalid,
                t.unnamed,
                (System.nanoTime() - start) / 1_000_000_000L);
        return t;
    }

    /** Each bad value at each field of the valid body, then the valid body made malformed. */
    private static List<SweepProbe> endpointProbes(SweepEndpoint endpoint) {
        List<SweepProbe> probes = new ArrayList<>();
        endpoint.fields()
                .forEach((path, values) -> values.forEach((valueName, value) -> {
                    JsonNode body = JsonPaths.with(endpoint.valid(), path, value);
                    probes.add(new SweepProbe(
                            endpoint.name() + " " + path + " = " + valueName,
                            endpoint.path(),
                            endpoint.caller(),
                            "application/json",
                            bytes(body.has("batch") ? body.get("batch") : body),
                            JsonPaths.leaf(path),
                            null));
                }));
        JsonNode validBody = endpoint.valid().has("batch") ? endpoint.valid().get("batch") : endpoint.valid();
        Map<String, byte[]> bodies =
                BadInputs.malformedBodies(bytes(validBody), SweepJson.firstTextField(endpoint.valid()));
        if (endpoint.form()) {
            bodies.keySet()
                    .retainAll(List.of(
                            "overlong UTF-8 '/'",
                            "UTF-8 encoded surrogate",
                            "Latin-1 declared UTF-8",
                            "trailing tokens",
                            "unknown field",
                            "duplicate key"));
        }
        bodies.forEach((bodyName, bytes) -> probes.add(new SweepProbe(
                endpoint.name() + " body: " + bodyName,
                endpoint.path(),
                endpoint.caller(),
                "application/json",
                bytes,
                null,
                null)));
        return probes;
    }

    private void probe(SweepProbe probe) {
        long[] before = counts();
        Answer answer = post(probe);
        long[] after = counts();
        tally.tried++;
        if (answer.status >= 500) {
            tally.serverErrors++;
            tally.failures.add(probe.name() + ": " + answer.status + " " + answer.body);
        } else if (answer.status < 400) {
            tally.acceptedInvalid++;
            tally.failures.add(probe.name() + ": accepted with " + answer.status + " " + abbreviate(answer.body));
        } else {
            tally.refused++;
            if (!answer.contentType.startsWith("application/problem+json")) {
                tally.failures.add(probe.name() + ": " + answer.status + " answered as " + answer.contentType);
            }
            if (probe.field() != null && !names(answer.body, probe.field())) {
                tally.unnamed++;
                tally.failures.add(probe.name() + ": " + answer.status + " does not name " + probe.field() + ": "
                        + abbreviate(answer.body));
            }
            if (!Arrays.equals(before, after)) {
                tally.storedAfterRefusal++;
                tally.failures.add(probe.name() + ": stored although refused " + answer.status);
            }
        }
    }

    private static boolean names(String body, String field) {
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                if (error.path("field").asText().contains(field)
                        && !error.path("rule").asText().isEmpty()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private record Answer(int status, String contentType, String body) {}

    private Answer post(SweepProbe probe) {
        String caller = probe.caller();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + context.port() + probe.path()))
                .header(
                        "Authorization",
                        caller.contains(":")
                                ? "Basic " + Base64.getEncoder().encodeToString(caller.getBytes(StandardCharsets.UTF_8))
                                : "Bearer " + caller)
                .header("Content-Type", probe.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.idempotencyKey() == null) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        } else if (!SweepProbe.WITHOUT_KEY.equals(probe.idempotencyKey())) {
            request.header("Idempotency-Key", probe.idempotencyKey());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long[] counts() {
        String[] tables = TABLES.split(" ");
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(SELECT COUNT(*) FROM ")
                    .append(tables[i])
                    .append(")");
        }
        return context.jdbc()
                .sql(sql.toString())
                .query((rs, n) -> {
                    long[] counts = new long[tables.length];
                    for (int i = 0; i < tables.length; i++) {
                        counts[i] = rs.getLong(i + 1);
                    }
                    return counts;
                })
                .single();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
