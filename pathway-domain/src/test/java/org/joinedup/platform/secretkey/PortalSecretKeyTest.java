package org.joinedup.platform.secretkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalSecretKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void a_generated_key_is_kept_in_the_data_directory_and_read_back() throws Exception {
        PortalSecretKey first = new PortalSecretKey("", dataDir);

        assertThat(Files.readString(dataDir.resolve(PortalSecretKey.KEY_FILE))).isNotBlank();
        assertThat(new PortalSecretKey("", dataDir).authenticatorSecretsKey()).isEqualTo(first.authenticatorSecretsKey());
    }

    @Test
    void each_purpose_gets_its_own_key_unlike_the_portal_key_and_the_same_every_time() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        PortalSecretKey key = new PortalSecretKey(configured, dataDir);

        byte[] audit = key.derive("audit trail");

        assertThat(audit).hasSize(32)
                .isNotEqualTo(key.authenticatorSecretsKey())
                .isNotEqualTo(key.derive("something else"))
                .isEqualTo(new PortalSecretKey(configured, dataDir).derive("audit trail"));
        assertThat(Files.exists(dataDir.resolve(PortalSecretKey.KEY_FILE))).as("a configured key writes no file").isFalse();
    }

    @Test
    void the_derivation_is_hkdf_expand_as_rfc_5869_test_case_1_gives_it() {
        HexFormat hex = HexFormat.of();
        byte[] pseudorandomKey = hex.parseHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
        byte[] info = hex.parseHex("f0f1f2f3f4f5f6f7f8f9");

        assertThat(hex.formatHex(PortalSecretKey.expand(pseudorandomKey, info)))
                .as("the first 32 bytes of the RFC's output keying material")
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }

    @Test
    void a_configured_key_of_the_wrong_size_stops_start_up_with_a_clear_message() {
        assertThatThrownBy(() -> new PortalSecretKey("c2hvcnQ=", dataDir))
                .hasMessageContaining("JOINEDUP_SECRET_KEY must hold a 32-byte key in Base64");
    }
}
