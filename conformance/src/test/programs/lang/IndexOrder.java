package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** a[i] = i = 2, a[j] = j++, a[k] = ++k, a[m] += m += 3: Java picks the element before the value changes the index (found by a bug hunt). */
@MicroPython
public class IndexOrder {
  static int calls = 0;

  static int idx(int i) {
    calls++;
    return i;
  }

  public static void main(String[] args) {
    int[] a = new int[4];
    int i = 0;
    a[i] = i = 2;
    System.out.println(Arrays.toString(a) + " " + i);
    int j = 0;
    a[j] = j++;
    System.out.println(Arrays.toString(a) + " " + j);
    int k = 1;
    a[k] = ++k;
    System.out.println(Arrays.toString(a) + " " + k);
    int m = 0;
    a[m] += m += 3;
    System.out.println(Arrays.toString(a) + " " + m);
    int[][] g = new int[2][2];
    int r = 0;
    g[r][r] = r = 1;
    System.out.println(Arrays.toString(g[0]) + Arrays.toString(g[1]));
    int n = 3;
    a[idx(n)] = n = 0;
    System.out.println(Arrays.toString(a) + " " + n + " " + calls);
  }
}
