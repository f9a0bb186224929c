package org.supcert.support.families;

import java.util.List;
import org.supcert.io.InputException;
import org.supcert.support.SupportChain;

/**
 * The command-line family shorthand, e.g. {@code butterfly-split:4096:6} (README, "Families").
 */
public final class FamilySpec {
    /** The shorthands and their parameters, for help texts and errors. */
    public static final List<String> FORMS = List.of(
            "butterfly-split:N:k", "butterfly:N", "kaleidoscope:N", "lu:N", "ldu:N", "monarch:A:B:C:D", "dense:M:N:R",
            "random:M:N:R:DENSITY:SEED", "nm:M:N:R:K:G:SEED", "random-chain:D0,D1,...,DL:DENSITY:SEED");

    private FamilySpec() {}

    /** Parses a shorthand into a support; the message of a failure names the spec. */
    public static SupportChain parse(String spec) {
        String[] p = spec.trim().split(":");
        try {
            SupportChain chain = switch (p[0]) {
                case "butterfly-split" -> {
                    arity(p, 2);
                    yield Families.butterflySplit(integer(p[1]), integer(p[2]));
                }
                case "butterfly" -> {
                    arity(p, 1);
                    yield Families.butterflyChain(integer(p[1]));
                }
                case "kaleidoscope" -> {
                    arity(p, 1);
                    yield Families.kaleidoscope(integer(p[1]));
                }
                case "lu" -> {
                    arity(p, 1);
                    yield Families.lu(integer(p[1]));
                }
                case "ldu" -> {
                    arity(p, 1);
                    yield Families.ldu(integer(p[1]));
                }
                case "monarch" -> {
                    arity(p, 4);
                    yield Families.monarch(integer(p[1]), integer(p[2]), integer(p[3]), integer(p[4]));
                }
                case "dense" -> {
                    arity(p, 3);
                    yield Families.denseRank(integer(p[1]), integer(p[2]), integer(p[3]));
                }
                case "random" -> {
                    arity(p, 5);
                    int m = integer(p[1]);
                    int n = integer(p[2]);
                    int r = integer(p[3]);
                    double density = Double.parseDouble(p[4]);
                    long seed = Long.parseLong(p[5]);
                    yield new SupportChain(spec, List.of(Families.random(m, r, density, seed),
                            Families.random(r, n, density, seed + 1)));
                }
                case "nm" -> {
                    arity(p, 6);
                    int m = integer(p[1]);
                    int n = integer(p[2]);
                    int r = integer(p[3]);
                    int k = integer(p[4]);
                    int g = integer(p[5]);
                    long seed = Long.parseLong(p[6]);
                    yield new SupportChain(spec, List.of(Families.nOfM(m, r, k, g, seed), Families.nOfM(r, n, k, g, seed + 1)));
                }
                case "random-chain" -> {
                    arity(p, 3);
                    String[] dims = p[1].split(",");
                    if (dims.length < 2) throw InputException.of("random-chain needs two or more dimensions");
                    double density = Double.parseDouble(p[2]);
                    long seed = Long.parseLong(p[3]);
                    List<org.supcert.support.Mask> layers = new java.util.ArrayList<>();
                    for (int l = 0; l + 1 < dims.length; l++) {
                        layers.add(Families.random(integer(dims[l]), integer(dims[l + 1]), density, seed + l));
                    }
                    yield new SupportChain(spec, layers);
                }
                default -> throw InputException.of("unknown family '" + p[0] + "'");
            };
            return chain;
        } catch (NumberFormatException e) {
            throw new InputException(null, "family '" + spec + "'", e.getMessage() + " is not a number; forms: "
                    + String.join(", ", FORMS), e);
        } catch (InputException | IllegalArgumentException e) {
            // the generators' preconditions are the checks of the user's parameters here
            String problem = e instanceof InputException ie ? ie.problem() : e.getMessage();
            throw new InputException(null, "family '" + spec + "'", problem + "; forms: " + String.join(", ", FORMS), e);
        }
    }

    private static void arity(String[] p, int n) {
        if (p.length != n + 1) throw InputException.of("expects " + n + " parameter(s), got " + (p.length - 1));
    }

    private static int integer(String s) {
        return Integer.parseInt(s.trim());
    }
}
