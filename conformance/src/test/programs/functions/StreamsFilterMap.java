package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.stream.Collectors;

/** Streams: filter, map, collect(toList()), toList(), count(), mapToInt(...).sum(), chained stages. */
@MicroPython
public class StreamsFilterMap {
  record Item(String name, int price, int qty) {}

  public static void main(String[] args) {
    List<Integer> nums = List.of(4, 8, 15, 16, 23, 42);
    List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).collect(Collectors.toList());
    System.out.println("evens: " + evens);
    List<Integer> halves = nums.stream().filter(n -> n % 2 == 0).map(n -> n / 2).toList();
    System.out.println("halves of evens: " + halves);
    List<String> labels = nums.stream().map(n -> "#" + n).toList();
    System.out.println("labels: " + labels);
    System.out.println("count > 10: " + nums.stream().filter(n -> n > 10).count());
    System.out.println("sum: " + nums.stream().mapToInt(n -> n).sum());
    List<Item> cart = List.of(new Item("pen", 150, 3), new Item("book", 1200, 1), new Item("cup", 450, 2));
    int total = cart.stream().mapToInt(i -> i.price() * i.qty()).sum();
    System.out.println("cart total: " + total);
    List<String> cheap = cart.stream().filter(i -> i.price() < 500).map(Item::name).collect(Collectors.toList());
    System.out.println("cheap: " + cheap);
    List<String> upper = List.of("a", "bb", "ccc").stream().map(String::toUpperCase).map(s -> s + s.length()).toList();
    System.out.println("chained maps: " + upper);
    int min = 20;
    long big = nums.stream().filter(n -> n >= min).count();
    System.out.println("captured min " + min + ": " + big);
    List<Integer> empty = nums.stream().filter(n -> n > 100).toList();
    System.out.println("empty result: " + empty + " " + empty.isEmpty());
  }
}
