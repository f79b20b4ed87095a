package bench;

import dev.jmpy.annotations.MicroPython;

/** The sieve of Eratosthenes up to 200,000, four times: how many primes, their sum, the largest. */
@MicroPython
public class Sieve {
  static final int LIMIT = 200_000;

  public static void main(String[] args) {
    for (int pass = 0; pass < 4; pass++) {
      sieve();
    }
  }

  static void sieve() {
    boolean[] composite = new boolean[LIMIT + 1];
    for (int i = 2; i * i <= LIMIT; i++) {
      if (!composite[i]) {
        for (int j = i * i; j <= LIMIT; j += i) {
          composite[j] = true;
        }
      }
    }
    int count = 0;
    long sum = 0;
    int largest = 0;
    for (int i = 2; i <= LIMIT; i++) {
      if (!composite[i]) {
        count++;
        sum += i;
        largest = i;
      }
    }
    System.out.println("primes up to " + LIMIT + ": " + count + ", sum " + sum + ", largest " + largest);
  }
}
