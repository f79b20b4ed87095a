package nums;

import dev.jmpy.annotations.MicroPython;

/**
 * Integer/Long parsing in a radix and unsigned, with NumberFormatException's messages; the sizes
 * of the integer types and Boolean's constants.
 */
@MicroPython
public class ParseRadix {
  static void parseInt(String s, int radix) {
    try {
      System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
    } catch (NumberFormatException e) {
      System.out.println("parseInt(\"" + s + "\", " + radix + "): " + e.getMessage());
    }
  }

  static void parseUnsigned(String s, int radix) {
    try {
      System.out.println("parseUnsignedInt(\"" + s + "\", " + radix + ") = " + Integer.parseUnsignedInt(s, radix));
    } catch (NumberFormatException e) {
      System.out.println("parseUnsignedInt(\"" + s + "\", " + radix + "): " + e.getMessage());
    }
  }

  static void parseUnsignedLong(String s) {
    try {
      System.out.println("parseUnsignedLong(\"" + s + "\") = " + Long.parseUnsignedLong(s));
    } catch (NumberFormatException e) {
      System.out.println("parseUnsignedLong(\"" + s + "\"): " + e.getMessage());
    }
  }

  public static void main(String[] args) {
    parseInt("ff", 16);
    parseInt("-80000000", 16);
    parseInt("80000000", 16);
    parseInt("7FFFFFFF", 16);
    parseInt("1010", 2);
    parseInt("102", 2);
    parseInt("Zz", 36);
    parseInt("0x10", 16);
    parseInt("", 16);
    parseInt("+", 2);
    parseInt("-17", 8);
    parseInt(" 1", 10);
    parseInt("1_0", 10);
    parseInt("12", 1);
    parseInt("12", 37);
    parseInt("\uff11\uff12", 10);
    parseUnsigned("4294967295", 10);
    parseUnsigned("2147483648", 10);
    parseUnsigned("4294967296", 10);
    parseUnsigned("99999999999999999999", 10);
    parseUnsigned("-1", 10);
    parseUnsigned("+5", 10);
    parseUnsigned("", 10);
    parseUnsigned("ffffffff", 16);
    parseUnsigned("1ffffffff", 16);
    parseUnsigned("g", 16);
    System.out.println("parseUnsignedInt(\"3000000000\") = " + Integer.parseUnsignedInt("3000000000"));
    parseUnsignedLong("18446744073709551615");
    parseUnsignedLong("9223372036854775808");
    parseUnsignedLong("12345");
    parseUnsignedLong("-0");
    parseUnsignedLong("1x");
    System.out.println("parseUnsignedLong(\"ffffffffffffff00\", 16) = " + Long.parseUnsignedLong("ffffffffffffff00", 16));
    System.out.println("parseLong " + Long.parseLong("7fffffffffffffff", 16) + " " + Long.parseLong("-1000000000000", 2)
        + " " + Long.parseLong("zzzzzzzzzzzz", 36));
    try {
      Long.parseLong("8000000000000000", 16);
    } catch (NumberFormatException e) {
      System.out.println("parseLong: " + e.getMessage());
    }
    Integer boxed = Integer.valueOf("z", 36);
    Long boxedLong = Long.valueOf("-zz", 36);
    System.out.println("valueOf " + boxed + " " + boxedLong + " " + Long.valueOf("123") + " " + Integer.valueOf("-42", 10));
    String hex = "c0ffee";
    int rgb = 0;
    for (int i = 0; i < hex.length(); i += 2) {
      rgb = (rgb << 8) | Integer.parseInt(hex.substring(i, i + 2), 16);
    }
    System.out.println("rgb " + rgb + " " + Integer.toHexString(rgb));
    System.out.println("sizes " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE + " " + Long.BYTES + " "
        + Short.SIZE + " " + Short.BYTES + " " + Byte.SIZE + " " + Byte.BYTES + " " + Character.SIZE + " " + Character.BYTES);
    int bits = 0b1011;
    System.out.println("top bit " + (bits >>> (Integer.SIZE - 1)) + " " + ((-bits) >>> (Integer.SIZE - 1)));
    Boolean yes = Boolean.TRUE;
    Boolean no = Boolean.FALSE;
    boolean[] flags = {true, false};
    System.out.println("booleans " + yes + " " + no + " " + yes.equals(flags[0]) + " " + (no == flags[1]) + " "
        + Boolean.TRUE.equals(Boolean.parseBoolean("TRUE")) + " " + (yes ? "y" : "n"));
  }
}
