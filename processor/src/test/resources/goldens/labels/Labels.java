import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Labels {
  public static void main(String[] args) {
    int found = -1;
    search:
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (i * j == 6) {
          found = i * 10 + j;
          break search;
        }
      }
    }
    System.out.println("found " + found);
    StringBuilder sb = new StringBuilder();
    outer:
    for (int i = 0; i < 4; i++) {
      int k = 0;
      while (true) {
        k++;
        if (k > i) {
          continue outer;
        }
        if (i == 3) {
          break outer;
        }
        sb.append(i).append(k).append(' ');
      }
    }
    System.out.println(sb);
    int n = 0;
    loop:
    do {
      n++;
      for (String s : new String[] {"a", "b", "c"}) {
        if (s.equals("b") && n < 3) {
          continue loop;
        }
        if (n == 4) {
          break loop;
        }
        System.out.print(s + n + " ");
      }
    } while (n < 10);
    System.out.println("n=" + n);
    int count = 0;
    a:
    for (int x = 0; x < 3; x++) {
      b:
      for (int y = 0; y < 3; y++) {
        for (int z = 0; z < 3; z++) {
          if (z == 1) {
            continue b;
          }
          if (y == 2) {
            continue a;
          }
          count++;
        }
      }
    }
    System.out.println("count " + count);
  }
}
