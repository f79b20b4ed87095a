import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Incr {
  public static void main(String[] args) {
    int i = 0;
    int[] a = new int[5];
    a[i++] = 10;
    a[i++] = 20;
    a[++i] = 40;
    int x;
    int y = x = 7;
    int z = (y += 3);
    char c = 'a';
    char d = c++;
    int n = 3;
    while (n-- > 0) {
      System.out.print(n + " ");
    }
    System.out.println();
    System.out.println(java.util.Arrays.toString(a) + " " + i + " " + x + " " + y + " " + z + " " + c + d + " " + n);
  }
}
