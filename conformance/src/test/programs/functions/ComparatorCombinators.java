package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Comparator.comparing, comparingInt, thenComparing, reversed, naturalOrder, reverseOrder, compare(). */
@MicroPython
public class ComparatorCombinators {
  record Student(String name, int grade, int age) {}

  static String names(List<Student> xs) {
    StringBuilder sb = new StringBuilder();
    for (Student s : xs) {
      sb.append(s.name()).append(' ');
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    List<Student> all = new ArrayList<>();
    all.add(new Student("mia", 90, 20));
    all.add(new Student("bo", 85, 22));
    all.add(new Student("al", 90, 19));
    all.add(new Student("cy", 70, 22));
    all.add(new Student("di", 85, 20));
    all.sort(Comparator.comparing(Student::name));
    System.out.println("by name: " + names(all));
    all.sort(Comparator.comparingInt(Student::grade));
    System.out.println("by grade: " + names(all));
    all.sort(Comparator.comparing(Student::grade).reversed());
    System.out.println("by grade desc: " + names(all));
    all.sort(Comparator.comparing(Student::age).thenComparing(Student::name));
    System.out.println("by age then name: " + names(all));
    all.sort(Comparator.comparing(Student::grade).thenComparing(Student::age).reversed());
    System.out.println("grade then age, reversed: " + names(all));
    Comparator<Student> byNameLength = Comparator.comparing(s -> s.name().length());
    all.sort(byNameLength.thenComparing(Student::name));
    System.out.println("by name length then name: " + names(all));
    System.out.println("compare: " + byNameLength.compare(all.get(0), all.get(4)) + " " + byNameLength.compare(all.get(0), all.get(1)));
    List<String> words = new ArrayList<>(List.of("kiwi", "Apple", "fig", "banana"));
    words.sort(Comparator.naturalOrder());
    System.out.println("natural: " + words);
    words.sort(Comparator.reverseOrder());
    System.out.println("reverse: " + words);
    List<Integer> nums = new ArrayList<>(List.of(5, -1, 12, 3));
    nums.sort(Comparator.reverseOrder());
    System.out.println("ints reversed: " + nums);
    Comparator<String> byLen = (a, b) -> a.length() - b.length();
    words.sort(byLen.reversed());
    System.out.println("lambda reversed: " + words);
  }
}
