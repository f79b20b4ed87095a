package com.thealgorithms.ciphers;

import dev.jmpy.annotations.MicroPython;

/** Drives the classical ciphers of TheAlgorithms/Java: each message encrypted and decrypted back. */
@MicroPython
public class JmpyCiphersDriver {
  public static void main(String[] args) {
    String[] messages = {"Hello, World!", "The quick brown fox jumps over the lazy dog", "ATTACK AT DAWN", "", "x"};
    Caesar caesar = new Caesar();
    RailFenceCipher rails = new RailFenceCipher();
    Vigenere vigenere = new Vigenere();
    for (String m : messages) {
      String c3 = caesar.encode(m, 3);
      String c29 = caesar.encode(m, 29);
      System.out.println("caesar: " + c3 + " | " + c29 + " | " + caesar.decode(c3, 3));
      if (!m.isEmpty()) {
        String r = rails.encrypt(m, 3);
        System.out.println("rail fence: " + r + " | " + rails.decrypt(r, 3));
        String v = vigenere.encrypt(m, "LEMON");
        System.out.println("vigenere: " + v + " | " + vigenere.decrypt(v, "LEMON"));
      }
      AtbashCipher atbash = new AtbashCipher(m);
      String a = atbash.convert();
      atbash.setString(a);
      System.out.println("atbash: " + a + " | " + atbash.convert());
    }
    String[] guesses = caesar.bruteforce("Wkh txlfn eurzq ira");
    for (int i = 0; i < guesses.length; i += 5) {
      System.out.println("bruteforce " + i + ": " + guesses[i]);
    }
  }
}
