package io.fundtrace.synthetic.format;

/**
 * Document numbers (文号) such as 新财农〔2018〕48号 are typed with many kinds of brackets; matching uses
 * one form: every bracket becomes 〔 or 〕 and every space (also the full-width one) is removed.
 */
public final class DocumentNumber {
    private static final String OPENING = "〔﹝[【(（";
    private static final String CLOSING = "〕﹞]】)）";

    private DocumentNumber() {
    }

    /** The matching form of a document number; null stays null. */
    public static String normalise(String documentNumber) {
        if (documentNumber == null) {
            return null;
        }
        StringBuilder normalised = new StringBuilder(documentNumber.length());
        documentNumber.codePoints().forEach(c -> {
            if (OPENING.indexOf(c) >= 0) {
                normalised.append('〔');
            } else if (CLOSING.indexOf(c) >= 0) {
                normalised.append('〕');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                normalised.appendCodePoint(c);
            }
        });
        return normalised.toString();
    }
}
