package org.supcert.verifier;

/**
 * The results of docs/theory.md that can decide a verdict, with stable identifiers for JSON,
 * SARIF and baselines, and the section names that reports cite.
 */
public enum NamedResult {
    THEOREM_A(1, "theorem-a", "Theorem A (disjoint or identical)", "docs/theory.md#theorem-a"),
    THEOREM_C(2, "theorem-c", "Lemma B + Theorem C (masked blocks)", "docs/theory.md#theorem-c"),
    THEOREM_S(3, "theorem-s", "Theorem S (spanning rows): P is the whole linear space",
            "docs/theory.md#theorem-s"),
    LINEARIZATION(4, "linearization", "Linearization certificate: P is the whole linear space",
            "docs/theory.md#linearization"),
    CORNER_CERTIFICATE(1, "corner-certificate", "Corner certificate + restriction lemma",
            "docs/theory.md#corner-certificate"),
    FULL_SPACE(6, "full-space-query", "Full-space query: P is the whole linear space",
            "docs/theory.md#full-space-query"),
    PROBE_CERTIFICATE(2, "probe-certificate", "Laurent-curve certificate found by the Z3 probes + restriction lemma",
            "docs/theory.md#probe-certificate"),
    SPECIALIZATION(5, "specialization", "Chain specialization: P is the whole linear space",
            "docs/theory.md#specialization"),
    BUTTERFLY_CHAIN(5, "butterfly-chain", "Deformable butterfly chain (hierarchical theorem)",
            "docs/theory.md#butterfly-chain"),
    LINEAR(0, "linear-space", "P is a linear space (one factor, or no product at all)", "docs/theory.md#linear-space"),
    NONE(0, "none", "No result applies", "docs/theory.md#none");

    private final int strength;
    private final String id;
    private final String title;
    private final String section;

    NamedResult(int strength, String id, String title, String section) {
        this.strength = strength;
        this.id = id;
        this.title = title;
        this.section = section;
    }

    /**
     * How much structure a CLOSED verdict by this result proves beyond closedness, for reporting
     * the result a pair needed: 0 for a linear space, then Theorem A < C < S < linearization <
     * full-space query (each tells FSMF less). NOT CLOSED results are ranked among themselves only.
     */
    public int strength() { return strength; }

    /** Stable identifier, e.g. "theorem-c". */
    public String id() { return id; }

    /** Human title, e.g. "Lemma B + Theorem C (masked blocks)". */
    public String title() { return title; }

    /** Where docs/theory.md states it. */
    public String section() { return section; }
}
