package org.comity.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the checkpoints outside the database (reliability-and-security.md D3; issue #14 item 6):
 * a text file with one line per checkpoint, {@code <chain> <entries> <head> <time>}, where
 * {@code chain} is the hash of the chain's first entry and so names this database's chain among
 * others written to the same file (a test database, a restored copy). Someone who cuts the log's
 * tail, rewinds the head and deletes the {@code audit_checkpoint} rows through SQL still meets the
 * longest checkpoint here. The file only helps where the database's operators cannot rewrite it:
 * point {@code comity.audit.checkpoint-file} at storage they do not hold (another host's mount,
 * write-once storage) or ship it on, as the README says.
 */
final class CheckpointFile {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path path;

    CheckpointFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    synchronized void append(String chain, AuditCheckpoint checkpoint) {
        String line = chain + " " + checkpoint.entryCount() + " " + checkpoint.headHash() + " " + checkpoint.createdAt()
                + "\n";
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(
                    path,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Audit checkpoint not copied to " + path, e);
        }
    }

    /** The checkpoint of the chain {@code chain} with the most entries; lines of other chains or unreadable ones are skipped. */
    synchronized Optional<AuditCheckpoint> longest(String chain) {
        if (chain == null || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return lines.map(line -> parse(chain, line))
                    .flatMap(Optional::stream)
                    .max(Comparator.comparingLong(AuditCheckpoint::entryCount));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Audit checkpoint copies in " + path + " cannot be read", e);
        }
    }

    private static Optional<AuditCheckpoint> parse(String chain, String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4
                || !parts[0].equals(chain)
                || !HASH.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCheckpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3])));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
