package io.fundtrace.synthetic.format;

/**
 * The 18-character unified social credit code of GB 32100 (统一社会信用代码): 17 characters of the
 * 31-character code set (digits and upper-case letters without I, O, S, V, Z) and a MOD 31 check character.
 */
public final class CreditCode {
    public static final String CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters, got: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CODE_SET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the GB 32100 code set: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return CODE_SET.charAt((31 - sum % 31) % 31);
    }

    /** The full code for the first 17 characters. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** True for 18 characters of the code set whose last one is the right check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || !code.chars().allMatch(c -> CODE_SET.indexOf(c) >= 0)) {
            return false;
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }
}
