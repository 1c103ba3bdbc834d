package io.fundtrace.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class JsonTextTest {
    @Test
    void escapesQuotesBackslashesAndControlCharactersAndKeepsChinese() {
        assertEquals("\"新财农〔2018〕48号 \\\"a\\\\b\\\"\\n\\t\\u0001\"", JsonText.quote("新财农〔2018〕48号 \"a\\b\"\n\t\u0001"));
    }
}
