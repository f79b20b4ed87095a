package nums;

import dev.jmpy.annotations.MicroPython;

/** byte and short compound assignments wrap in loops; widening back to int keeps the sign. */
@MicroPython
public class NarrowWrapLoops {
  public static void main(String[] args) {
    byte b = 0;
    String seen = "";
    for (int i = 0; i < 6; i++) {
      b += 50;
      seen += b + " ";
    }
    System.out.println("byte += 50: " + seen);
    byte m = 3;
    seen = "";
    for (int i = 0; i < 5; i++) {
      m *= 5;
      seen += m + " ";
    }
    System.out.println("byte *= 5: " + seen);
    short s = 1;
    seen = "";
    for (int i = 0; i < 5; i++) {
      s *= 16;
      seen += s + " ";
    }
    System.out.println("short *= 16: " + seen);
    short t = -32000;
    t -= 1000;
    System.out.println("short -32000 - 1000 -> " + t);
    byte sh = 1;
    sh <<= 7;
    System.out.println("byte 1 <<= 7 -> " + sh);
    sh >>= 2;
    System.out.println("then >>= 2 -> " + sh);
    byte mask = (byte) 0xF0;
    System.out.println("(byte) 0xF0 = " + mask + ", & 0xFF = " + (mask & 0xFF));
    byte sum = 0;
    byte[] bytes = {100, 100, 100, -50};
    for (byte x : bytes) {
      sum += x;
    }
    int wide = 0;
    for (byte x : bytes) {
      wide += x;
    }
    System.out.println("byte sum " + sum + ", int sum " + wide);
    short checksum = 0;
    for (int i = 0; i < 300; i++) {
      checksum = (short) (checksum * 31 + i);
    }
    System.out.println("short checksum = " + checksum);
    byte neg = -128;
    neg--;
    byte div = -128;
    div /= -1;
    System.out.println("byte -128-- = " + neg + ", -128 /= -1 -> " + div);
    short sx = (short) 40000;
    int back = sx;
    System.out.println("(short) 40000 = " + sx + ", widened " + back + ", as char " + (int) (char) sx);
  }
}
