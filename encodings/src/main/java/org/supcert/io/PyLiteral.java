package org.supcert.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser for the Python literals of a .npy header: dicts, tuples, lists, quoted strings, integers
 * (an old {@code L} suffix allowed), {@code True}, {@code False}, {@code None}. Nothing is evaluated.
 * Errors are {@link IllegalArgumentException}s with the offending position.
 */
final class PyLiteral {
    private final String s;
    private int p;

    private PyLiteral(String s) {
        this.s = s;
    }

    /** The value of the whole text (surrounding white space allowed). */
    static Object parse(String text) {
        PyLiteral r = new PyLiteral(text);
        Object v = r.value();
        r.skipSpace();
        if (r.p != text.length()) throw r.error("unexpected text after the literal");
        return v;
    }

    private Object value() {
        skipSpace();
        if (p >= s.length()) throw error("unexpected end");
        char c = s.charAt(p);
        switch (c) {
            case '{': return dict();
            case '(': return sequence(')');
            case '[': return sequence(']');
            case '\'': case '"': return string(c);
            default:
                if (c == '-' || c == '+' || Character.isDigit(c)) return integer();
                if (s.startsWith("True", p)) { p += 4; return Boolean.TRUE; }
                if (s.startsWith("False", p)) { p += 5; return Boolean.FALSE; }
                if (s.startsWith("None", p)) { p += 4; return null; }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<Object, Object> dict() {
        p++; // {
        Map<Object, Object> m = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) { p++; return m; }
            Object key = value();
            skipSpace();
            expect(':');
            Object v = value();
            if (m.containsKey(key)) throw error("duplicate key " + key);
            m.put(key, v);
            skipSpace();
            if (peek(',')) p++;
            else if (!peek('}')) throw error("expected ',' or '}'");
        }
    }

    private List<Object> sequence(char close) {
        p++;
        List<Object> list = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek(close)) { p++; return list; }
            list.add(value());
            skipSpace();
            if (peek(',')) p++;
            else if (!peek(close)) throw error("expected ',' or '" + close + "'");
        }
    }

    private String string(char quote) {
        int begin = ++p;
        while (p < s.length() && s.charAt(p) != quote) {
            if (s.charAt(p) == '\\') throw error("escapes are not supported in header strings");
            p++;
        }
        if (p >= s.length()) throw error("unterminated string");
        return s.substring(begin, p++);
    }

    private Long integer() {
        int begin = p;
        if (s.charAt(p) == '-' || s.charAt(p) == '+') p++;
        while (p < s.length() && Character.isDigit(s.charAt(p))) p++;
        String digits = s.substring(begin, p);
        if (p < s.length() && (s.charAt(p) == 'L' || s.charAt(p) == 'l')) p++;
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error("bad integer '" + digits + "'");
        }
    }

    private void skipSpace() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++;
    }

    private boolean peek(char c) {
        return p < s.length() && s.charAt(p) == c;
    }

    private void expect(char c) {
        if (!peek(c)) throw error("expected '" + c + "'");
        p++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + p);
    }
}
