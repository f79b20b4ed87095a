import dev.jmpy.annotations.MicroPython;
import java.util.List;

@MicroPython
public class Loops {
  static int sum(int n, List<Integer> values) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        continue;
      } else if (i > 7) {
        break;
      } else {
        total += i;
      }
    }
    for (int i = 10; i >= 0; i -= 2) {
      total -= i;
    }
    for (int i = 1; i <= n; i++) {
      total += i;
    }
    for (int i = 0, j = 10; i < j; i++, j--) {
      if (i == 2) {
        continue;
      }
      total += j - i;
    }
    int k = 0;
    do {
      k++;
      if (k == 2) {
        continue;
      }
      total += k;
    } while (k < 5);
    while (total > 100) {
      total /= 2;
    }
    for (int v : values) {
      total += v;
    }
    for (;;) {
      break;
    }
    return total > 0 ? total : -total;
  }
}
