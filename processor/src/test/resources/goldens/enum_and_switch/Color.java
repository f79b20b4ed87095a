import dev.jmpy.annotations.MicroPython;

@MicroPython
public enum Color {
  RED(255), GREEN(128), BLUE(1);

  static final Color FAVOURITE = GREEN;
  private final int level;

  Color(int level) {
    this.level = level;
  }

  int level() {
    return level * 2;
  }

  static String describe(Color c) {
    switch (c) {
      case RED:
        return "warm";
      case GREEN:
      case BLUE:
        return "cool";
      default:
        return "?";
    }
  }

  public static void main(String[] args) {
    for (Color c : values()) {
      System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + c.level() + " " + describe(c));
    }
    System.out.println(valueOf("BLUE") == BLUE);
    System.out.println(FAVOURITE.compareTo(RED) + " " + FAVOURITE);
    int day = 3;
    String name = switch (day) {
      case 1, 7 -> "weekend";
      case 2, 3, 4, 5, 6 -> {
        String s = "week";
        yield s + "day";
      }
      default -> "unknown";
    };
    System.out.println(name);
    int k = 2;
    int total = 0;
    switch (k) {
      case 1:
        total += 1;
      case 2:
        total += 10;
      case 3:
        total += 100;
        break;
      case 4:
        total += 1000;
    }
    System.out.println(total);
    System.out.println(switch (k + 1) { case 3 -> "three"; default -> "other"; });
    char ch = 'x';
    ch++;
    System.out.println(ch + " " + (int) ch + " " + (char) (ch + 1) + "abc".charAt(1) + Character.isDigit('5'));
  }
}
