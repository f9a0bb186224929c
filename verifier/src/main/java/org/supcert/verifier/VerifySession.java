package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import org.supcert.support.SupportChain;

/** What the rules of one support share: the support, its budget and prober, and the notes for an UNKNOWN reason. */
final class VerifySession {
    final SupportChain support;
    final Budget budget;
    final Prober prober;
    final List<String> notes = new ArrayList<>();

    VerifySession(SupportChain support, VerifierOptions options) {
        this.support = support;
        this.budget = new Budget(options);
        this.prober = new Prober(budget);
    }

    void note(String s) {
        if (!notes.contains(s)) notes.add(s);
    }
}
