package org.supcert.certificate;

import java.util.Optional;

/**
 * The results of docs/theory.md that can decide a verdict, with the verdict each decides, stable
 * identifiers for JSON, SARIF and baselines, and the section names that reports cite. Every
 * certificate is typed by one ({@link Certificate#result()}). Declaration order is only the order
 * of report columns and SARIF rules; it ranks nothing ({@link #strength()} does).
 */
public enum NamedResult {
    THEOREM_A(Decides.CLOSED, 1, "theorem-a", "Theorem A (disjoint or identical)", "docs/theory.md#theorem-a"),
    THEOREM_C(Decides.CLOSED, 2, "theorem-c", "Lemma B + Theorem C (masked blocks)", "docs/theory.md#theorem-c"),
    THEOREM_S(Decides.CLOSED, 3, "theorem-s", "Theorem S (spanning rows): P is the whole linear space",
            "docs/theory.md#theorem-s"),
    LINEARIZATION(Decides.CLOSED, 4, "linearization", "Linearization certificate: P is the whole linear space",
            "docs/theory.md#linearization"),
    CORNER_CERTIFICATE(Decides.NOT_CLOSED, 1, "corner-certificate", "Corner certificate + restriction lemma",
            "docs/theory.md#corner-certificate"),
    FULL_SPACE(Decides.CLOSED, 6, "full-space-query", "Full-space query: P is the whole linear space",
            "docs/theory.md#full-space-query"),
    PROBE_CERTIFICATE(Decides.NOT_CLOSED, 2, "probe-certificate", "Laurent-curve certificate found by the Z3 probes + restriction lemma",
            "docs/theory.md#probe-certificate"),
    SPECIALIZATION(Decides.CLOSED, 5, "specialization", "Chain specialization: P is the whole linear space",
            "docs/theory.md#specialization"),
    BUTTERFLY_CHAIN(Decides.CLOSED, 5, "butterfly-chain", "Deformable butterfly chain (hierarchical theorem)",
            "docs/theory.md#butterfly-chain"),
    LINEAR(Decides.CLOSED, 0, "linear-space", "P is a linear space (one factor, or no product at all)", "docs/theory.md#linear-space"),
    NONE(Decides.NOTHING, 0, "none", "No result applies", "docs/theory.md#none");

    /** The verdict a result can decide. */
    public enum Decides {
        /** A theorem or a closedness certificate: P is closed. */
        CLOSED,
        /** A certificate (restriction lemma + witness): P is not closed. */
        NOT_CLOSED,
        /** Only {@link #NONE}: an UNKNOWN verdict. */
        NOTHING
    }

    private final Decides decides;
    private final int strength;
    private final String id;
    private final String title;
    private final String section;

    NamedResult(Decides decides, int strength, String id, String title, String section) {
        this.decides = decides;
        this.strength = strength;
        this.id = id;
        this.title = title;
        this.section = section;
    }

    /** The verdict this result decides: a verdict whose result decides another is a bug. */
    public Decides decides() { return decides; }

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

    /** The result with this {@link #id()}, if any (for readers of JSON certificates). */
    public static Optional<NamedResult> byId(String id) {
        for (NamedResult r : values()) if (r.id.equals(id)) return Optional.of(r);
        return Optional.empty();
    }
}
