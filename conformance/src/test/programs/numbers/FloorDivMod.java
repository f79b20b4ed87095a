package nums;

import dev.jmpy.annotations.MicroPython;

/** Math.floorDiv and Math.floorMod next to / and % for every sign combination, and their identities. */
@MicroPython
public class FloorDivMod {
  public static void main(String[] args) {
    int[] as = {7, -7, 7, -7, 6, -6, 0};
    int[] bs = {2, 2, -2, -2, 3, 3, 5};
    for (int i = 0; i < as.length; i++) {
      int a = as[i];
      int b = bs[i];
      int fd = Math.floorDiv(a, b);
      int fm = Math.floorMod(a, b);
      boolean identity = fd * b + fm == a && (a / b) * b + a % b == a;
      System.out.println(a + "," + b + ": / " + (a / b) + ", % " + (a % b) + ", floorDiv " + fd + ", floorMod " + fm + ", identities " + identity);
    }
    String hours = "";
    for (int h = -5; h <= 26; h += 7) {
      hours += h + "->" + Math.floorMod(h, 24) + " ";
    }
    System.out.println("hours: " + hours);
    String idx = "";
    int len = 4;
    for (int i = -6; i <= 6; i += 3) {
      idx += Math.floorMod(i, len) + "/" + (i % len) + " ";
    }
    System.out.println("wrapped indexes: " + idx);
    long la = -10000000000L;
    long lb = 3;
    System.out.println("long: / " + (la / lb) + ", % " + (la % lb) + ", floorDiv " + Math.floorDiv(la, lb) + ", floorMod " + Math.floorMod(la, lb));
    int min = Integer.MIN_VALUE;
    System.out.println("floorMod(MIN, -1) = " + Math.floorMod(min, -1) + ", floorMod(MIN, 3) = " + Math.floorMod(min, 3));
    System.out.println("floorDiv(MIN, 7) = " + Math.floorDiv(min, 7) + ", MIN / 7 = " + (min / 7));
    System.out.println("floorMod(-1, MAX) = " + Math.floorMod(-1, Integer.MAX_VALUE) + ", -1 % MAX = " + (-1 % Integer.MAX_VALUE));
    int sec = -3725;
    System.out.println("-3725 s as h:m:s (floor) = " + Math.floorDiv(sec, 3600) + ":" + Math.floorMod(sec, 3600) / 60 + ":" + Math.floorMod(sec, 60));
    System.out.println("-3725 s as h:m:s (truncating) = " + sec / 3600 + ":" + sec % 3600 / 60 + ":" + sec % 60);
  }
}
