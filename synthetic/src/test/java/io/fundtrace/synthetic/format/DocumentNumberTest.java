package io.fundtrace.synthetic.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {
    @Test
    void everyBracketFormBecomesTheStandardOne() {
        String expected = "新财农〔2018〕48号";
        for (String written : new String[] {"新财农〔2018〕48号", "新财农﹝2018﹞48号", "新财农[2018]48号",
                "新财农【2018】48号", "新财农(2018)48号", "新财农（2018）48号", "新财农〔2018]48号"}) {
            assertEquals(expected, DocumentNumber.normalise(written), written);
        }
    }

    @Test
    void spacesAreRemovedAlsoFullWidthOnes() {
        assertEquals("新财农〔2018〕48号", DocumentNumber.normalise(" 新财农 〔2018〕\u300048号 "));
        assertEquals("财农〔2018〕6号", DocumentNumber.normalise("财农\t[ 2018 ]6号"));
    }

    @Test
    void otherTextIsKeptAndNullStaysNull() {
        assertEquals("新财农〔2018〕480号", DocumentNumber.normalise("新财农〔2018〕480号"));
        assertNull(DocumentNumber.normalise(null));
    }
}
