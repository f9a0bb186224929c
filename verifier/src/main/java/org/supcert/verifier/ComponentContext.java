package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import org.supcert.graph.Component;
import org.supcert.support.SupportPair;

/** What a rule sees of one component, plus the notes rules leave for an UNKNOWN verdict. */
final class ComponentContext {
    final SupportPair pair;
    final Component component;
    final Budget budget;
    final Prober prober;
    final List<String> notes = new ArrayList<>();

    ComponentContext(SupportPair pair, Component component, VerifySession session) {
        this.pair = pair;
        this.component = component;
        this.budget = session.budget;
        this.prober = session.prober;
    }

    void note(String s) { notes.add(s); }
}
