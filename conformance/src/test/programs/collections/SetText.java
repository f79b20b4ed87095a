package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.HashSet;
import java.util.Set;

/** Text of sets with zero or one element (no order involved): Java prints [x], like a list. */
@MicroPython
public class SetText {
  public static void main(String[] args) {
    Set<Integer> none = new HashSet<>();
    System.out.println("empty: " + none);
    Set<Integer> one = new HashSet<>();
    one.add(42);
    System.out.println("int: " + one);
    Set<String> word = new HashSet<>();
    word.add("hi");
    System.out.println("string: " + word);
    Set<Boolean> flag = new HashSet<>();
    flag.add(true);
    System.out.println(flag);
  }
}
