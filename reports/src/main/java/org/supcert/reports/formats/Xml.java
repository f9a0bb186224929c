package org.supcert.reports.formats;

/** XML text escaping; also drops the characters XML 1.0 cannot carry (control characters but tab/newline/CR). */
public final class Xml {
    private Xml() {}

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
