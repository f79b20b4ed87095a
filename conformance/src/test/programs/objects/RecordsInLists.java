package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Records in lists: contains, indexOf, equals with nested and null components, toString of the list, sorting by a comparator. */
@MicroPython
public class RecordsInLists {
  record Person(String name, int age) {}

  record Team(String title, Person lead) {}

  public static void main(String[] args) {
    List<Person> people = new ArrayList<>();
    people.add(new Person("ann", 31));
    people.add(new Person("bob", 25));
    people.add(new Person("cid", 40));
    people.add(new Person("bob", 25));
    System.out.println("people = " + people);
    System.out.println("contains bob/25: " + people.contains(new Person("bob", 25)) + ", bob/26: " + people.contains(new Person("bob", 26)));
    System.out.println("indexOf bob/25: " + people.indexOf(new Person("bob", 25)) + ", indexOf zed: " + people.indexOf(new Person("zed", 1)));
    Person a = new Person("ann", 31);
    Person b = new Person("ann", 31);
    System.out.println("equals: " + a.equals(b) + ", same object: " + (a == b) + ", equals other: " + a.equals(people.get(1)));
    Person nobody = new Person(null, 0);
    System.out.println("null component: " + nobody + ", equals another: " + nobody.equals(new Person(null, 0)) + ", vs named: " + nobody.equals(a));
    List<Team> teams = List.of(new Team("red", a), new Team("blue", null), new Team("green", new Person("dee", 22)));
    System.out.println("teams = " + teams);
    System.out.println("indexOf blue/null: " + teams.indexOf(new Team("blue", null)) + ", indexOf green: " + teams.indexOf(new Team("green", new Person("dee", 22))));
    List<Person> sorted = new ArrayList<>(people);
    sorted.sort((x, y) -> x.age() != y.age() ? Integer.compare(y.age(), x.age()) : x.name().compareTo(y.name()));
    System.out.println("by age desc: " + sorted);
    List<Person> unique = new ArrayList<>();
    for (Person p : people) {
      if (!unique.contains(p)) {
        unique.add(p);
      }
    }
    System.out.println("unique = " + unique + ", removed " + (people.size() - unique.size()));
    int total = 0;
    for (Person p : unique) {
      total += p.age();
    }
    System.out.println("total age " + total + ", first name " + unique.get(0).name() + ", last " + unique.get(unique.size() - 1));
  }
}
