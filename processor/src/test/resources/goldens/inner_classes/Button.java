import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@MicroPython
public class Button {
  private final String label;
  private int clicks;

  Button(String label) {
    this.label = label;
  }

  /** An inner class: each Handler keeps the Button it was made by. */
  class Handler {
    final int id;

    Handler(int id) {
      this.id = id;
    }

    void handle() {
      clicks++;
      System.out.println(label + " handled by " + id + ", " + Button.this.clicks + " clicks");
    }
  }

  Handler handler(int id) {
    return new Handler(id);
  }

  /** An anonymous class capturing a parameter and reaching the Button's field. */
  Runnable repeater(int times) {
    return new Runnable() {
      @Override
      public void run() {
        for (int i = 0; i < times; i++) {
          clicks++;
        }
      }
    };
  }

  static List<String> sorted(List<String> names, boolean descending) {
    List<String> copy = new ArrayList<>(names);
    copy.sort(new Comparator<String>() {
      @Override
      public int compare(String a, String b) {
        return descending ? b.compareTo(a) : a.compareTo(b);
      }
    });
    return copy;
  }

  public static void main(String[] args) {
    Button ok = new Button("ok");
    Button.Handler first = ok.handler(1);
    Handler second = ok.new Handler(2);
    ok.repeater(3).run();
    first.handle();
    second.handle();
    System.out.println(sorted(List.of("b", "c", "a"), true));
  }
}
