import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
@MicroPython
public class Streams {
  record Person(String name, int age) {}
  public static void main(String[] args) {
    List<Integer> nums = List.of(5, 3, 8, 1, 9, 2);
    List<Integer> evensDoubled = nums.stream().filter(n -> n % 2 == 0).map(n -> n * 2).collect(Collectors.toList());
    System.out.println(evensDoubled + " " + nums.stream().mapToInt(n -> n).sum() + " " + nums.stream().filter(n -> n > 4).count());
    System.out.println(IntStream.range(0, 5).map(i -> i * i).boxed().toList() + " " + IntStream.rangeClosed(1, 4).sum());
    System.out.println(nums.stream().anyMatch(n -> n > 8) + " " + nums.stream().allMatch(n -> n > 0) + " " + nums.stream().noneMatch(n -> n == 4));
    List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi"));
    words.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
    System.out.println(words + " " + words.stream().map(String::toUpperCase).collect(Collectors.joining("-")));
    words.sort(Comparator.comparing(String::length).reversed());
    System.out.println(words);
    words.removeIf(w -> w.length() < 4);
    words.forEach(w -> System.out.println("word " + w));
    Map<String, Integer> ages = new LinkedHashMap<>();
    ages.put("ann", 30);
    ages.put("bob", 25);
    ages.forEach((k, v) -> System.out.println(k + " is " + v));
    List<Person> people = new ArrayList<>(List.of(new Person("z", 3), new Person("a", 3), new Person("m", 1)));
    people.sort(Comparator.comparing(Person::age).thenComparing(Person::name));
    System.out.println(people);
    people.sort((p, q) -> q.name().compareTo(p.name()));
    System.out.println(people.stream().map(Person::name).toList() + " " + Arrays.stream(new int[]{4, 5}).sum());
  }
}
