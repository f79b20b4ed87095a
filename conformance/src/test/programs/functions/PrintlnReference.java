package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.function.Consumer;

/** System.out::println as a method reference: a Consumer variable and a forEach argument. */
@MicroPython
public class PrintlnReference {
  public static void main(String[] args) {
    Consumer<String> out = System.out::println;
    out.accept("printed through System.out::println");
    List.of("a", "b").forEach(System.out::println);
    List.of(1, -2).forEach(System.out::println);
  }
}
