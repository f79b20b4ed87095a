package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** Arrays.toString of a char[]: Java prints the characters, not their codes. */
@MicroPython
public class CharArrayText {
  public static void main(String[] args) {
    char[] cs = {'c', 'a', 'b'};
    System.out.println("array: " + Arrays.toString(cs));
    Arrays.sort(cs);
    System.out.println("sorted: " + Arrays.toString(cs));
    char[] word = "hi!".toCharArray();
    System.out.println("toCharArray: " + Arrays.toString(word));
  }
}
