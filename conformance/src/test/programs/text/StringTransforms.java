package text;

import dev.jmpy.annotations.MicroPython;

/** equals, equalsIgnoreCase, toUpperCase, toLowerCase, trim, strip, replace, repeat, concat, compareTo. */
@MicroPython
public class StringTransforms {
  public static void main(String[] args) {
    String a = "Hello";
    String b = "hello";
    System.out.println("equals " + a.equals(b) + ", equalsIgnoreCase " + a.equalsIgnoreCase(b) + ", equals self " + a.equals("Hel" + "lo"));
    System.out.println("upper " + a.toUpperCase() + ", lower " + a.toLowerCase() + ", mixed " + "MiXeD 123!".toLowerCase());
    String padded = "  \t padded text \n ";
    System.out.println("trim '" + padded.trim() + "', strip '" + padded.strip() + "'");
    System.out.println("trim of '' '" + "".trim() + "', trim of spaces '" + "   ".trim() + "'");
    System.out.println("replace " + "banana".replace("an", "AN") + " " + "aaa".replace("a", "bb") + " " + "abc".replace("x", "y"));
    System.out.println("replace char " + "a-b-c".replace('-', '+'));
    System.out.println("repeat '" + "ab".repeat(3) + "' '" + "x".repeat(0) + "'");
    System.out.println("concat " + a.concat(", ").concat("world"));
    System.out.println("chain " + "  Mixed Case  ".trim().toLowerCase().replace(" ", "_"));
    String s = "x";
    s = s.concat("y").repeat(2).toUpperCase();
    System.out.println("reassigned " + s);
    System.out.println("immutability: " + a + " " + b);
    System.out.println("equals null " + a.equals(null));
  }
}
