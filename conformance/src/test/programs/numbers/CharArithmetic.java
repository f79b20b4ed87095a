package nums;

import dev.jmpy.annotations.MicroPython;

/** char as a number: arithmetic, casts to and from int, compound assignment on char, digits and letters. */
@MicroPython
public class CharArithmetic {
  static String caesar(String s, int shift) {
    String out = "";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c = (char) ('a' + (c - 'a' + shift + 26) % 26);
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) ('A' + (c - 'A' + shift + 26) % 26);
      }
      out += c;
    }
    return out;
  }

  public static void main(String[] args) {
    char a = 'a';
    System.out.println("'a' + 1 = " + (a + 1));
    System.out.println("(char) ('a' + 1) = " + (char) (a + 1));
    System.out.println("'z' - 'a' = " + ('z' - 'a'));
    System.out.println("'7' - '0' = " + ('7' - '0'));
    char c = 'x';
    c += 2;
    System.out.println("'x' += 2 -> " + c);
    c++;
    System.out.println("then ++ -> " + c + " (" + (int) c + ")");
    System.out.println("(char) 65 = " + (char) 65 + ", (int) 'A' = " + (int) 'A');
    System.out.println("(char) -1 as int = " + (int) (char) -1);
    System.out.println("(char) 65601 = " + (char) 65601);
    System.out.println("char sum 'a'+'b' = " + ('a' + 'b'));
    System.out.println("\"\" + 'a' + 'b' = " + ("" + 'a' + 'b'));
    System.out.println("'a' + 'b' + \"\" = " + ('a' + 'b' + ""));
    System.out.println("caesar +3: " + caesar("Hello, World!", 3));
    System.out.println("caesar -3: " + caesar(caesar("Hello, World!", 3), -3));
    int value = 0;
    String digits = "40213";
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    System.out.println("parsed by hand: " + (value + 1));
    String hex = "";
    int n = 48879;
    while (n > 0) {
      int d = n % 16;
      char h = (char) (d < 10 ? '0' + d : 'a' + d - 10);
      hex = h + hex;
      n /= 16;
    }
    System.out.println("48879 in hex by hand: " + hex);
    char upper = (char) ('q' - 32);
    System.out.println("'q' - 32 = " + upper + ", compare 'a' < 'b': " + ('a' < 'b'));
    char max = (char) 0xFFFF;
    System.out.println("(char) 0xFFFF = " + (int) max + ", +1 as int = " + (max + 1));
  }
}
