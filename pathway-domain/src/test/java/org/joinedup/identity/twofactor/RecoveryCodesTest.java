package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void ten_distinct_codes_in_two_groups_of_five_that_tolerate_how_they_are_typed() {
        var codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        String code = codes.getFirst();
        assertThat(RecoveryCodes.looksLikeOne(" " + code.toUpperCase().replace("-", " - "))).isTrue();
        assertThat(RecoveryCodes.normalise(code.toUpperCase())).isEqualTo(code.replace("-", ""));
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
