package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Optional;

/** Optional as a return value: of, empty, ofNullable; isPresent, isEmpty, get, orElse, orElseThrow on present values. */
@MicroPython
public class OptionalReturns {
  record User(int id, String name, String email) {}

  static List<User> users;

  static Optional<User> find(int id) {
    for (User u : users) {
      if (u.id() == id) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  static Optional<String> email(int id) {
    Optional<User> u = find(id);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(u.get().email());
  }

  static Optional<Integer> parse(String s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseInt(s));
  }

  public static void main(String[] args) {
    users = List.of(new User(1, "ann", "ann@x.org"), new User(2, "bob", null), new User(3, "cid", "cid@y.org"));
    for (int id = 0; id <= 3; id++) {
      Optional<User> u = find(id);
      System.out.println("find(" + id + "): present " + u.isPresent() + ", empty " + u.isEmpty() + ", name " + (u.isPresent() ? u.get().name() : "-"));
    }
    for (int id = 1; id <= 4; id++) {
      System.out.println("email(" + id + ") = " + email(id).orElse("<none>"));
    }
    int sum = 0;
    for (String s : List.of("12", "x1", "", "30", "007")) {
      Optional<Integer> n = parse(s);
      sum += n.orElse(0);
      System.out.println("parse(\"" + s + "\") present " + n.isPresent());
    }
    System.out.println("sum = " + sum);
    User cid = find(3).orElseThrow();
    System.out.println("orElseThrow: " + cid);
    String fallback = find(9).isPresent() ? "found" : email(2).orElse("no email for bob");
    System.out.println(fallback);
  }
}
