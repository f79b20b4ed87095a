package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** A record's text with components that may be null: String, boxed numbers, Boolean, an enum, a record, a list. */
@MicroPython
public class RecordComponentText {
  enum Mode { AUTO, MANUAL }

  record Tag(String key, Integer count) {}

  record Reading(String name, Integer raw, Long stamp, Boolean ok, Mode mode, Tag tag, List<Integer> history) {}

  public static void main(String[] args) {
    Reading full = new Reading("temp", 21, 1_700_000_000_000L, true, Mode.AUTO, new Tag("room", 3),
        List.of(1, 2, 3));
    Reading empty = new Reading(null, null, null, null, null, null, null);
    Reading partial = new Reading("", -1, 0L, false, Mode.MANUAL, new Tag(null, null), List.of());
    System.out.println(full);
    System.out.println(empty);
    System.out.println(partial);
    System.out.println("as text: " + partial.tag() + " / " + empty.tag());
    System.out.println(full.equals(new Reading("temp", 21, 1_700_000_000_000L, true, Mode.AUTO,
        new Tag("room", 3), List.of(1, 2, 3))));
  }
}
