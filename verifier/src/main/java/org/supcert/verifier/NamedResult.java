package org.supcert.verifier;

/**
 * The results of ../shared/THEORY.md that can decide a verdict, with stable identifiers for JSON,
 * SARIF and baselines, and the section names that reports cite.
 */
public enum NamedResult {
    THEOREM_A("theorem-a", "Theorem A (disjoint or identical)", "THEORY section 4, Theorem A"),
    THEOREM_C("theorem-c", "Lemma B + Theorem C (masked blocks)", "THEORY section 4, Lemma B and Theorem C"),
    CORNER_CERTIFICATE("corner-certificate", "Corner certificate + restriction lemma",
            "THEORY section 5, corner certificate and restriction lemma"),
    FULL_SPACE("full-space-query", "Full-space query: P is the whole linear space",
            "THEORY section 6, full-space query"),
    PROBE_CERTIFICATE("probe-certificate", "Laurent-curve certificate found by the Z3 probes + restriction lemma",
            "THEORY section 6, probe strategy; section 5, restriction lemma"),
    BUTTERFLY_CHAIN("butterfly-chain", "Deformable butterfly chain (hierarchical theorem)",
            "THEORY section 4, Chains"),
    LINEAR("linear-space", "P is a linear space (one factor, or no product at all)", "THEORY section 1"),
    NONE("none", "No result applies", "THEORY sections 4-5");

    private final String id;
    private final String title;
    private final String section;

    NamedResult(String id, String title, String section) {
        this.id = id;
        this.title = title;
        this.section = section;
    }

    /** Stable identifier, e.g. "theorem-c". */
    public String id() { return id; }

    /** Human title, e.g. "Lemma B + Theorem C (masked blocks)". */
    public String title() { return title; }

    /** Where THEORY.md states it. */
    public String section() { return section; }
}
