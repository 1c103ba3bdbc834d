package io.fundtrace.synthetic.format;

/** The 18-character resident identity number of GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class ResidentIdentity {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdentity() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("expected 17 digits, got: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The full number for the first 17 digits. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** True for 17 digits followed by the right check character (a lower-case x is accepted). */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String first17 = number.substring(0, 17);
        if (!first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Character.toUpperCase(number.charAt(17)) == checkCharacter(first17);
    }
}
