package nums;

import dev.jmpy.annotations.MicroPython;

/** Compound assignments narrow implicitly: int op= long, char op= int, byte op= int, short op= long. */
@MicroPython
public class ImplicitNarrowing {
  public static void main(String[] args) {
    int i = 10;
    i += 4294967296L;
    System.out.println("int += 2^32 -> " + i);
    i *= 3000000000L;
    System.out.println("int *= 3000000000L -> " + i);
    i = 1;
    i <<= 40L;
    System.out.println("int <<= 40L -> " + i);
    i = 100;
    i -= Long.MAX_VALUE;
    System.out.println("100 -= Long.MAX -> " + i);
    char c = 'A';
    c += 65536 + 2;
    System.out.println("char += 65538 -> " + c);
    c -= 'A' + 3;
    System.out.println("then -= 'A' + 3 -> " + (int) c);
    c *= 2;
    System.out.println("then *= 2 -> " + (int) c);
    byte b = 10;
    b += 1000;
    System.out.println("byte 10 += 1000 -> " + b);
    b -= -200;
    System.out.println("then -= -200 -> " + b);
    b |= 0x180;
    System.out.println("then |= 0x180 -> " + b);
    b &= 0x7F;
    System.out.println("then &= 0x7F -> " + b);
    short s = 1000;
    s *= 100L;
    System.out.println("short 1000 *= 100L -> " + s);
    s /= 3;
    System.out.println("then /= 3 -> " + s);
    s %= -7;
    System.out.println("then %= -7 -> " + s);
    long l = Integer.MAX_VALUE;
    l += 1;
    int back = (int) l;
    System.out.println("long MAX + 1 = " + l + ", cast back to int = " + back);
    int total = 0;
    long[] parts = {2000000000L, 2000000000L, 2000000000L};
    for (long p : parts) {
      total += p;
    }
    System.out.println("int total += long parts -> " + total);
    short acc = 0;
    for (int k = 0; k < 10; k++) {
      acc += 5000;
    }
    System.out.println("short acc after 10 x 5000 -> " + acc);
  }
}
