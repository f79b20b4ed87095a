package com.thealgorithms.ciphers.a5;

import dev.jmpy.annotations.MicroPython;
import java.util.BitSet;

/** Drives the A5/1 stream cipher of TheAlgorithms/Java (BitSets): encrypt, decrypt, counters. */
@MicroPython
public class JmpyA5Driver {
  static BitSet bits(long value, int count) {
    BitSet set = new BitSet(count);
    for (int i = 0; i < count; i++) {
      if ((value >> i & 1) == 1) {
        set.set(i);
      }
    }
    return set;
  }

  public static void main(String[] args) {
    BitSet sessionKey = bits(0x1223456789ABCDEFL, 64);
    BitSet frameCounter = bits(0x134, 22);
    BitSet plain = bits(0x0F0F0F0F0F0F0F0FL, 64);
    A5Cipher encrypter = new A5Cipher(sessionKey, frameCounter);
    BitSet cipher = encrypter.encrypt(plain);
    System.out.println("cipher " + cipher.cardinality() + " bits: " + cipher);
    BitSet second = encrypter.encrypt(plain);
    System.out.println("next frame differs: " + !second.equals(cipher));
    A5Cipher decrypter = new A5Cipher(sessionKey, frameCounter);
    System.out.println("decrypts: " + decrypter.encrypt(cipher).equals(plain));
    encrypter.resetCounter();
    System.out.println("after reset, same cipher: " + encrypter.encrypt(plain).equals(cipher));
    A5KeyStreamGenerator generator = new A5KeyStreamGenerator();
    generator.initialize(sessionKey, frameCounter);
    BitSet stream = generator.getNextKeyStream();
    System.out.println("key stream length " + stream.length() + " cardinality " + stream.cardinality()
        + " frame counter " + generator.getFrameCounter());
    LFSR register = new LFSR(19, 8, new int[] {13, 16, 17, 18});
    register.initialize(sessionKey, frameCounter);
    StringBuilder clocked = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      clocked.append(register.clock() ? '1' : '0');
    }
    System.out.println("lfsr " + clocked + " last " + register.getLastBit() + " " + register);
    BitSet counter = bits(0, 4);
    StringBuilder counts = new StringBuilder();
    while (Utils.increment(counter, 4)) {
      counts.append(counter.cardinality());
    }
    System.out.println("counter cardinalities " + counts);
  }
}
