package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * JsonWriters walks trees onto jackson-core's generator itself; its text must be what databind
 * writes for the same tree, for every kind of value supcert's documents hold.
 */
class JsonWritersTest {
    private static ObjectNode everyKind() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("text", "quote \" backslash \\ tab \t newline \n control \u0001 unicode \u00e9\u4e2d \ud83d\ude00");
        o.put("int", -7);
        o.put("long", 1L << 40);
        o.put("big", new BigInteger("123456789012345678901234567890"));
        o.put("decimal", new BigDecimal("1.50E+3"));
        o.put("double", 0.1);
        o.put("tiny", 4.9e-324);
        o.put("nan", Double.NaN);
        o.put("infinity", Double.NEGATIVE_INFINITY);
        o.put("float", 0.25f);
        o.put("short", (short) 3);
        o.put("yes", true);
        o.putNull("nothing");
        o.putObject("empty object");
        o.putArray("empty array");
        o.putArray("mixed").add(1).add("two").add(3.5).addNull().add(false).addObject().put("k", "v");
        o.putObject("nested").putObject("deeper").putArray("list").addArray().add(1);
        o.set("missing", o.path("no such field")); // a MissingNode, as path() returns
        o.put("bytes", new byte[] {0, 1, 2, (byte) 255});
        return o;
    }

    @Test
    void compactIsDatabindsTextForEveryKindOfValue() {
        ObjectNode o = everyKind();
        assertEquals(o.toString(), JsonWriters.compact(o)); // toString: databind's own serialization
    }

    @Test
    void prettyIsJacksonsDefaultPrettyPrinter() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("a", 1);
        o.putArray("b").add(2.5).add("x");
        o.putObject("c");
        o.putArray("d");
        o.putObject("e").putNull("f");
        assertEquals("""
                {
                  "a" : 1,
                  "b" : [ 2.5, "x" ],
                  "c" : { },
                  "d" : [ ],
                  "e" : {
                    "f" : null
                  }
                }
                """, JsonWriters.pretty(o));
        assertEquals(StrictJson.parse(JsonWriters.compact(everyKind())), StrictJson.parse(JsonWriters.pretty(everyKind())));
    }

    @Test
    void aNodeNoDocumentHoldsIsRefused() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putPOJO("pojo", new Object());
        assertThrows(IllegalArgumentException.class, () -> JsonWriters.compact(o));
    }
}
