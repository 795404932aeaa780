package org.comity.core.audit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Lets the embedded PostgreSQL start when the build runs as root, as it does on this project's
 * machines and CI: {@code initdb} and {@code postgres} refuse root. The zonky binary archive is
 * repacked once per JVM with {@code initdb} and {@code pg_ctl} replaced by small scripts that, only
 * when started by root, hand the data directory to {@code nobody} and drop to it with
 * {@code setpriv} before running the real program. Under any other user they just run it. The
 * repacked archive is cached in the temp directory, keyed by the original's digest.
 */
final class RootSafePgBinaryResolver implements PgBinaryResolver {

    static final RootSafePgBinaryResolver INSTANCE = new RootSafePgBinaryResolver();

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");

    private static final String WRAPPER = """
            #!/bin/sh
            # Comity test support: PostgreSQL refuses to run as root, so a root build runs it as nobody.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            chmod -R a+rX "$(dirname "$0")/.."
            prev=
            for arg in "$@"; do
              if [ "$prev" = "-D" ]; then chown -R 65534:65534 "$arg"; fi
              prev=$arg
            done
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    private byte[] archive;

    private RootSafePgBinaryResolver() {}

    @Override
    public synchronized InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if (archive == null) {
            byte[] original;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
                original = in.readAllBytes();
            }
            archive = cachedRepack(original);
        }
        return new ByteArrayInputStream(archive);
    }

    /** Repacking takes tens of seconds on a busy machine, so the result is kept in the temp directory. */
    private static byte[] cachedRepack(byte[] original) throws IOException {
        Path cache = Path.of(
                System.getProperty("java.io.tmpdir"),
                "comity-embedded-pg",
                "root-safe-" + ChangeDigest.of(original).substring(0, 16) + ".txz");
        if (Files.isRegularFile(cache)) {
            return Files.readAllBytes(cache);
        }
        byte[] repacked = repack(new ByteArrayInputStream(original));
        Files.createDirectories(cache.getParent());
        Path partial = Files.createTempFile(cache.getParent(), "repack", ".part");
        Files.write(partial, repacked);
        Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return repacked;
    }

    private static byte[] repack(InputStream original) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 << 20);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                TarArchiveOutputStream out =
                        new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (WRAPPED.contains(entry.getName())) {
                    TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
                    real.setMode(0755);
                    real.setSize(entry.getSize());
                    real.setModTime(entry.getModTime());
                    copy(in, out, real);
                    byte[] script = WRAPPER.getBytes(StandardCharsets.US_ASCII);
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry as)
            throws IOException {
        out.putArchiveEntry(as);
        if (as.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }
}
