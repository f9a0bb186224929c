package org.supcert.reports.html;

import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.certificate.LaurentCurve;
import org.supcert.exact.RationalMatrix;

/** Writes a Laurent curve out as matrices of Laurent polynomials in t, e.g. "t + 1", "-1/t". */
final class Laurent {
    /** Largest factor written out entry by entry. */
    static final int MAX_SIDE = 24;

    private Laurent() {}

    static boolean fits(LaurentCurve c, RationalMatrix first) {
        for (int l = 0; l < c.factors(); l++) {
            RationalMatrix m = c.coefficient(l, 0);
            if (m.rows() > MAX_SIDE || m.cols() > MAX_SIDE) return false;
        }
        return first != null;
    }

    static void render(StringBuilder b, LaurentCurve c) {
        b.append("<div class=\"curve\">");
        for (int l = 0; l < c.factors(); l++) {
            RationalMatrix shape = c.coefficient(l, 0);
            b.append("<table class=\"matrix\"><caption>W<sub>").append(l + 1).append("</sub>(t)</caption>");
            for (int i = 0; i < shape.rows(); i++) {
                b.append("<tr>");
                for (int j = 0; j < shape.cols(); j++) b.append("<td>").append(Svg.esc(entry(c, l, i, j))).append("</td>");
                b.append("</tr>");
            }
            b.append("</table>");
            if (l + 1 < c.factors()) b.append("<span class=\"times\">&#215;</span>");
        }
        b.append("<span class=\"times\">= B + O(t) as t &#8594; 0</span></div>\n");
    }

    /** Entry (i, j) of W_l(t), highest power first; "0" when every coefficient vanishes. */
    static String entry(LaurentCurve c, int l, int i, int j) {
        StringBuilder s = new StringBuilder();
        for (int p = c.degree(); p >= -c.degree(); p--) {
            BigFraction v = c.coefficient(l, p).get(i, j);
            if (v.signum() == 0) continue;
            boolean negative = v.signum() < 0;
            BigFraction a = negative ? v.negate() : v;
            if (s.length() == 0) s.append(negative ? "-" : "");
            else s.append(negative ? " - " : " + ");
            boolean one = a.equals(BigFraction.ONE);
            if (p == 0) s.append(rational(a));
            else if (p > 0) s.append(one ? "" : rational(a) + " ").append(p == 1 ? "t" : "t^" + p);
            else s.append(one ? "1" : rational(a)).append(p == -1 ? "/t" : "/t^" + (-p));
        }
        return s.length() == 0 ? "0" : s.toString();
    }

    static String rational(BigFraction v) {
        return v.getDenominator().equals(java.math.BigInteger.ONE) ? v.getNumerator().toString()
                : v.getNumerator() + "/" + v.getDenominator();
    }
}
