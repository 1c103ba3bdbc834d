package io.fundtrace.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of the PDF may break, by the rule of Chinese typesetting (行首行尾禁则): no line starts with a
 * closing mark (，。、；：！？）》」】 and their ASCII kin) and none ends with an opening one (（《「【). OpenPDF
 * breaks after any Chinese character, so a paragraph's line could start with "，" and a narrow table heading
 * read "金额(万元" over ")"; such a break moves back one character instead.
 */
final class ChineseLineBreaks implements SplitCharacter {
    private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉〗’”％…,.;:!?)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈〖‘“([{";
    private static final ChineseLineBreaks RULE = new ChineseLineBreaks();

    private ChineseLineBreaks() {
    }

    /** The text as one chunk of the font that breaks by the rule. */
    static Chunk chunk(String text, Font font) {
        return new Chunk(text, font).setSplitCharacter(RULE);
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] characters, PdfChunk[] chunks) {
        if (NO_LINE_END.indexOf(character(current, characters, chunks)) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(character(current + 1, characters, chunks)) >= 0) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, characters, chunks);
    }

    /** The character at the position, as DefaultSplitCharacter reads it (through its chunk's font when there is one). */
    private static char character(int position, char[] characters, PdfChunk[] chunks) {
        if (chunks == null) {
            return characters[position];
        }
        return (char) chunks[Math.min(position, chunks.length - 1)].getUnicodeEquivalent(characters[position]);
    }
}
