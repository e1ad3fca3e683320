package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How single values are spelled: quotes only when needed, numbers as short as they can be. */
class YamlScalarsTest {
    @Test
    void ordinaryTextIsPlain() {
        for (String s : new String[] {"auth", "Auth Service", "helm rollback auth", "p99_latency_ms", "it's",
                "a#b", "1.2.3", "v2", "日本語", "http://example.com/x"}) {
            assertEquals(s, YamlScalars.text(s));
        }
    }

    @Test
    void textThatAReaderWouldTakeForSomethingElseIsQuoted() {
        for (String s : new String[] {"yes", "No", "on", "y", "null", "~", "", "1.0", "12", "0x1F", "0o17", "1e3",
                ".inf", ".NaN", "2026-01-01", "12:30", "<<", "- a", ": x", "a: b", "a #b", "#x", "&a", "*a", "!t",
                "|", ">", "%x", "@x", "`x", "'x'", "\"x\"", " x", "x ", "x:", "a\nb", "\tx", "[x]", "{x}", "?x"}) {
            assertTrue(YamlScalars.text(s).startsWith("\""), s + " -> " + YamlScalars.text(s));
        }
    }

    @Test
    void flowContextAlsoQuotesCommasBracketsAndColons() {
        assertEquals("error_rate", YamlScalars.flowText("error_rate"));
        assertEquals("\"a,b\"", YamlScalars.flowText("a,b"));
        assertEquals("\"x]\"", YamlScalars.flowText("x]"));
        assertEquals("\"a:b\"", YamlScalars.flowText("a:b"));
        assertEquals("a,b", YamlScalars.text("a,b"));
    }

    @Test
    void escapesAreYamlEscapes() {
        assertEquals("\"a\\nb\\t\\\"c\\\"\\\\\"", YamlScalars.quoted("a\nb\t\"c\"\\"));
        assertEquals("\"\\x01\\N\\L\\P\\uFEFF\"", YamlScalars.quoted("\u0001\u0085\u2028\u2029\uFEFF"));
        assertEquals("\"\\uD800 ok 😀\"", YamlScalars.quoted("\uD800 ok 😀"));
    }

    @Test
    void wholeNumbersHaveNoPoint() {
        assertEquals("120", YamlScalars.number(120.0));
        assertEquals("-40", YamlScalars.number(-40.0));
        assertEquals("0", YamlScalars.number(0.0));
        assertEquals("7", YamlScalars.number(Integer.valueOf(7)));
        assertEquals("12345678901234567890", YamlScalars.number(new BigInteger("12345678901234567890")));
    }

    @Test
    void fractionsAreShortest() {
        assertEquals("0.1", YamlScalars.number(0.1));
        assertEquals("0.02", YamlScalars.number(0.02));
        assertEquals("0.3", YamlScalars.number(0.3));
        assertEquals("0.30000000000000004", YamlScalars.number(0.1 + 0.2));
        assertEquals("1.0e-7", YamlScalars.number(1e-7));
        assertEquals("2.5e+20", YamlScalars.number(2.5e20));
        assertEquals("0.0001", YamlScalars.number(1e-4));
    }

    @Test
    void extraNumbersKeepTheirPoint() {
        assertEquals("3.0", YamlScalars.number(Double.valueOf(3.0)));
        assertEquals("-0.0", YamlScalars.number(Double.valueOf(-0.0)));
    }

    @Test
    void infinityIsWrittenAsANumberThatReadsBackAsInfinityAndNanIsRefused() {
        assertEquals("1.0e+400", YamlScalars.number(Double.valueOf(Double.POSITIVE_INFINITY)));
        assertEquals("-1.0e+400", YamlScalars.number(Double.valueOf(Double.NEGATIVE_INFINITY)));
        assertEquals(Double.POSITIVE_INFINITY, Double.parseDouble("1.0e+400"));
        assertThrows(IllegalArgumentException.class, () -> YamlScalars.number(Double.valueOf(Double.NaN)));
    }

    @Test
    void everyDoubleReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0 ? random.nextDouble() * Math.pow(10, random.nextInt(-12, 22))
                    : Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String s = YamlScalars.number(d);
            assertEquals(d, Double.parseDouble(s), s);
            assertTrue(s.length() <= Double.toString(d).length() + 2, s + " vs " + d);
            assertTrue(YamlScalars.needsQuotes(s, true), s + " must read as a number, not as text");
        }
    }
}
