package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/** Integer::max, Integer::min, Long::max, Long::min, Long::sum as functions (Long::sum wraps). */
@MicroPython
public class ReducerRefs {
  public static void main(String[] args) {
    BinaryOperator<Integer> larger = Integer::max;
    BinaryOperator<Integer> smaller = Integer::min;
    BinaryOperator<Long> largerLong = Long::max;
    BinaryOperator<Long> smallerLong = Long::min;
    BinaryOperator<Long> total = Long::sum;
    System.out.println(larger.apply(3, 9) + " " + smaller.apply(3, 9) + " "
        + largerLong.apply(5L, -5L) + " " + smallerLong.apply(5L, -5L));
    System.out.println(total.apply(Long.MAX_VALUE, 1L) + " " + total.apply(40L, 2L));
    Map<String, Integer> best = new HashMap<>();
    best.merge("a", 4, Integer::max);
    best.merge("a", 2, Integer::max);
    best.merge("b", 7, Integer::min);
    best.merge("b", 3, Integer::min);
    System.out.println(best.get("a") + " " + best.get("b"));
  }
}
