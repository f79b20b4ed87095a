package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class ArgumentEffects {
  static int calls;
  static int n(int v) { calls++; return v; }
  static long l(long v) { calls++; return v; }
  static float f(float v) { calls++; return v; }
  static char c(char v) { calls++; return v; }
  static String s(String v) { calls++; return v; }
  static List<Integer> list(List<Integer> v) { calls++; return v; }

  static void check(String what, Object result) {
    System.out.println(what + " = " + result + " (" + calls + " calls)");
    calls = 0;
  }

  public static void main(String[] args) {
    check("max", Math.max(n(3), n(-4)));
    check("min", Math.min(l(3), l(-4)));
    check("abs", Math.abs(n(-7)));
    check("absmin", Math.abs(n(Integer.MIN_VALUE)));
    check("floorMod", Math.floorMod(n(-7), n(3)));
    check("floorDiv", Math.floorDiv(n(-7), n(3)));
    check("signum", Integer.signum(n(-9)));
    check("compare", Integer.compare(n(1), n(2)));
    check("lcompare", Long.compare(l(5), l(2)));
    check("bitCount", Integer.bitCount(n(255)));
    check("isDigit", Character.isDigit(c('7')));
    check("isLetterOrDigit", Character.isLetterOrDigit(c('_')));
    check("toUpper", String.valueOf(Character.toUpperCase(c((char) 113))));
    check("digit", Character.digit(c('f'), n(16)));
    check("valueOfChar", String.valueOf(c('z')));
    check("isBlank", s("  ").isBlank());
    check("strip", s("  a b ").strip());
    check("repeat", s("ab").repeat(n(3)));
    check("charAt", "" + s("hello").charAt(n(1)));
    check("substring", s("hello").substring(n(1), n(3)));
    check("indexOf", s("hello").indexOf(c('l')));
    check("compareTo", s("abc").compareTo(s("abd")));
    check("equalsIgnoreCase", s("ABC").equalsIgnoreCase(s("abc")));
    check("requireNonNullElse", Objects.requireNonNullElse(s(null), "dflt"));
    check("equals", Objects.equals(s("a"), s("a")));
    check("hashCode", Objects.hashCode(s("a")));
    check("round", Math.round(f(2.5f)));
    check("sqrt", (float) Math.sqrt(f(16f)));
    check("fabs", Math.abs(f(-1.5f)));
    check("fmax", Math.max(f(1.5f), f(-2f)));
    check("parseInt", Integer.parseInt(s("-42")));
    check("toHex", Integer.toHexString(n(-1)));
    check("listGet", list(new ArrayList<>(List.of(1, 2, 3))).get(n(2)));
    check("listContains", list(new ArrayList<>(List.of(1, 2, 3))).contains(n(2)));
    Map<String, Integer> m = new HashMap<>();
    m.merge(s("k"), n(1), Integer::sum);
    m.merge(s("k"), n(1), Integer::sum);
    check("merge", m.get("k"));
    check("getOrDefault", m.getOrDefault(s("x"), n(9)));
    int[] arr = {5, 6, 7};
    arr[n(1)] += n(10);
    check("compound", arr[1]);
    StringBuilder sb = new StringBuilder();
    sb.append(n(1)).append(c('x')).insert(n(0), s("<"));
    check("builder", sb.toString());
    check("ternaryMax", n(2) > 1 ? Math.max(n(1), n(2)) : 0);
    check("clampish", Math.max(n(0), Math.min(n(100), n(150))));
    check("hypot-ish", (int) (float) Math.sqrt(f(9f) + f(16f)));
    check("charCount", s("a,b,,c").split(",").length);
    check("join", String.join(s("-"), s("a"), s("b")));
    check("format", String.format("%d-%s", n(4), s("z")));
  }
}
