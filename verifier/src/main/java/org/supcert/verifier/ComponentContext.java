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
    final List<String> notes = new ArrayList<>();

    ComponentContext(SupportPair pair, Component component, Budget budget) {
        this.pair = pair;
        this.component = component;
        this.budget = budget;
    }

    void note(String s) { notes.add(s); }
}
