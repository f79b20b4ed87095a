package text;

import dev.jmpy.annotations.MicroPython;

/** StringBuilder reverse, charAt, indexOf, insert, deleteCharAt, setCharAt, and a bounds error. */
@MicroPython
public class BuilderEdits {
  public static void main(String[] args) {
    System.out.println(new StringBuilder("stressed").reverse().toString());
    StringBuilder sb = new StringBuilder();
    sb.append("hello").append(' ').append("world");
    System.out.println(sb.charAt(4) + " " + (int) sb.charAt(0) + " " + sb.indexOf("wor") + " " + sb.indexOf("x"));
    int at = 5;
    sb.insert(at, ",");
    sb.insert(0, 42);
    System.out.println(sb + " (" + sb.length() + ")");
    int first = 0;
    sb.deleteCharAt(first);
    sb.deleteCharAt(first);
    int dot = sb.length() - 1;
    sb.setCharAt(dot, 'D');
    sb.setCharAt(first, 'H');
    System.out.println(sb);
    sb.reverse();
    System.out.println(sb);
    int past = sb.length() + 1;
    try {
      sb.insert(past, "!");
      System.out.println("no error");
    } catch (IndexOutOfBoundsException e) {
      System.out.println("insert past the end throws");
    }
    int last = sb.length();
    try {
      sb.deleteCharAt(last);
      System.out.println("no error");
    } catch (IndexOutOfBoundsException e) {
      System.out.println("deleteCharAt at length throws");
    }
    System.out.println(sb);
  }
}
