package floats;

import dev.jmpy.annotations.MicroPython;

/** Floats and doubles in merged append chains and concatenations: Java's text for each. */
@MicroPython
public class FloatChains {
  public static void main(String[] args) {
    float f = 1.5f;
    float third = 1f / 3f;
    int n = 3;
    StringBuilder sb = new StringBuilder();
    sb.append("f=").append(f).append(", third=").append(third).append(", n=").append(n)
        .append(", sum=").append(0.1f + 0.2f).append(", big=").append(1e7f).append('%')
        .append(", inf=").append(f / 0f);
    System.out.println(sb);
    Float boxed = null;
    Float some = 2.25f;
    System.out.println("boxed " + boxed + ", some " + some + ", " + n / 2f + "% of " + third * n);
    String line = new StringBuilder().append(n).append(':').append(-f).append(':').append(n * 0.5f)
        .toString();
    System.out.println(line + " " + line.length());
    System.out.println("done " + (n + f) + n);
  }
}
