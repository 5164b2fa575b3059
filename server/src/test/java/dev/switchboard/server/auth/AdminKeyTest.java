package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminKeyTest {
    @TempDir
    Path dir;

    @Test
    void generatedOnceIntoAPrivateFilePrintedOnceAndReused() throws Exception {
        final PrintStream out = System.out;
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        final AdminKey first;
        final AdminKey second;
        try {
            first = AdminKey.load(dir, null);
            second = AdminKey.load(dir, null);
        } finally {
            System.setOut(out);
        }
        final Path file = dir.resolve(AdminKey.FILE);
        final String key = Files.readString(file).strip();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key).startsWith("sb-").hasSizeGreaterThan(40);
        assertThat(printed.toString(StandardCharsets.UTF_8).split(key, -1)).as("printed exactly once").hasSize(2);
        assertThat(first.matches(key)).isTrue();
        assertThat(second.matches(key)).isTrue();
        assertThat(first.matches(key + "x")).isFalse();
        assertThat(first.matches("")).isFalse();
    }

    @Test
    void theEnvironmentWinsAndMustBeLongEnough() {
        final AdminKey k = AdminKey.load(dir, "env-admin-key-0123456789");
        assertThat(k.matches("env-admin-key-0123456789")).isTrue();
        assertThat(dir.resolve(AdminKey.FILE)).doesNotExist();
        assertThatThrownBy(() -> AdminKey.load(dir, "short")).hasMessageContaining("SWITCHBOARD_ADMIN_KEY");
    }
}
