package org.aibasis.grader.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTests {
    @Test
    void codesAreWhatTheCommandLineAndHtmlWrite() {
        assertThat(Language.EN.code()).isEqualTo("en");
        assertThat(Language.ZH.code()).isEqualTo("zh");
    }

    @Test
    void parsesEachCodeInAnyCase() {
        assertThat(Language.parse("en")).isEqualTo(Language.EN);
        assertThat(Language.parse("ZH")).isEqualTo(Language.ZH);
        assertThat(Language.parse("Zh")).isEqualTo(Language.ZH);
    }

    @Test
    void anyOtherTextIsRefusedNamingTheCodesThereAre() {
        for (String bad : new String[] {"fr", "", "zh-CN", "chinese", " en"}) {
            assertThatThrownBy(() -> Language.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad + "' is not a language code: use en or zh");
        }
    }
}
