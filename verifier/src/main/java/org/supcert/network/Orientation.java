package org.supcert.network;

import java.util.Locale;

/** How the weights of a model file are stored, when the user says so ({@code --orientation}). */
public enum Orientation {
    /** Decide from the file: its graph (ONNX), GPT-2 Conv1D names and shapes, else out x in. */
    AUTO,
    /** Every layer is out x in (PyTorch {@code Linear}). */
    OUT_IN,
    /** Every layer is in x out (GPT-2 {@code Conv1D}, Keras, JAX). */
    IN_OUT;

    /** "auto", "out-in" or "in-out". @throws org.supcert.io.InputException for anything else */
    public static Orientation parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "out-in" -> OUT_IN;
            case "in-out" -> IN_OUT;
            default -> throw org.supcert.io.InputException.of("--orientation '" + s + "': expected auto, out-in or in-out");
        };
    }
}
