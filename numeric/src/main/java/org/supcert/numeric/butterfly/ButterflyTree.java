package org.supcert.numeric.butterfly;

import org.supcert.io.InputException;
/**
 * How the hierarchical factorization splits a range of factors lo .. hi-1 into a left and a right
 * group (docs/theory.md#seed-004: any binary tree works; they differ in cost and in how errors propagate).
 */
public enum ButterflyTree {
    /** Split in the middle (the left group gets the extra factor when the count is odd). */
    BALANCED,
    /** ((W_1 W_2) W_3) ...: each split peels the last factor off; the recursion continues on the left. */
    LEFT_COMB,
    /** W_1 (W_2 (W_3 ...)): each split peels the first factor off; the recursion continues on the right. */
    RIGHT_COMB;

    /** The first factor of the right group when splitting lo .. hi-1 (requires hi - lo >= 2). */
    int split(int lo, int hi) {
        return switch (this) {
            case BALANCED -> lo + (hi - lo + 1) / 2;
            case LEFT_COMB -> hi - 1;
            case RIGHT_COMB -> lo + 1;
        };
    }

    /** Parses balanced | left | right (also the enum names), as the CLI spells them. */
    public static ButterflyTree parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "balanced" -> BALANCED;
            case "left", "left_comb", "left-comb" -> LEFT_COMB;
            case "right", "right_comb", "right-comb" -> RIGHT_COMB;
            default -> throw InputException.of("tree '" + s + "' is not balanced, left or right");
        };
    }
}
