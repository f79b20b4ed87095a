package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.function.Function;

/** StringBuilder setLength, delete, replace, insert of every type, substring, append used as a value. */
@MicroPython
public class BuilderMore {
  static String bracket(List<Integer> xs) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(xs.get(i));
    }
    return sb.append(']').toString();
  }

  static StringBuilder shout(StringBuilder sb) {
    return sb.append('!').append("!");
  }

  public static void main(String[] args) {
    System.out.println(bracket(List.of(1, 2, 3)) + " " + bracket(List.of()));
    System.out.println(new StringBuilder().append("a").append(1).append('c').append(true).toString());
    StringBuilder sb = new StringBuilder("hello world");
    System.out.println(shout(sb) + " " + sb.length());
    sb.setLength(5);
    System.out.println("[" + sb + "] " + sb.length());
    sb.setLength(7);
    System.out.println(sb.length() + " " + (int) sb.charAt(6));
    sb.setLength(0);
    System.out.println("[" + sb + "] " + sb.length());
    sb.append("0123456789");
    sb.delete(2, 4);
    System.out.println(sb);
    sb.delete(6, 100);
    System.out.println(sb);
    sb.replace(0, 2, "AB").replace(3, 3, "-");
    System.out.println(sb);
    sb.replace(1, 99, "z");
    System.out.println(sb);
    StringBuilder ins = new StringBuilder("|");
    ins.insert(0, 42).insert(0, 'c').insert(0, true).insert(0, 7L).insert(0, "s").insert(ins.length(), (String) null);
    System.out.println(ins);
    int k = 1;
    ins.insert(k + 1, "@");
    ins.deleteCharAt(ins.length() - 1);
    ins.setCharAt(ins.indexOf("|") - 1, '#');
    System.out.println(ins);
    StringBuilder word = new StringBuilder("substring");
    System.out.println(word.substring(3) + " " + word.substring(0, 3) + " [" + word.substring(9) + "]");
    try {
      System.out.println(word.substring(4, 2));
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("substring out of range");
    }
    try {
      word.delete(5, 3);
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("delete out of range");
    }
    try {
      word.setLength(-1);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("setLength negative");
    }
    StringBuilder log = new StringBuilder();
    Function<String, StringBuilder> add = s -> log.append(s).append(';');
    add.apply("one");
    add.apply("two").append("three");
    System.out.println(log);
  }
}
