package functions;

import dev.jmpy.annotations.MicroPython;

/** Hex, octal and binary int/long literals with the sign bit set are negative in Java. */
@MicroPython
public class HexLiterals {
  public static void main(String[] args) {
    int allOnes = 0xFFFFFFFF;
    int signBit = 0x80000000;
    int fnvOffset = 0x811C9DC5;
    int octal = 037777777777;
    int binary = 0b10000000000000000000000000000001;
    long longOnes = 0xFFFFFFFFFFFFFFFFL;
    long fnv64 = 0xcbf29ce484222325L;
    long small = 0xFFFFFFFFL;
    System.out.println("0xFFFFFFFF = " + allOnes);
    System.out.println("0x80000000 = " + signBit);
    System.out.println("0x811C9DC5 = " + fnvOffset);
    System.out.println("037777777777 = " + octal);
    System.out.println("0b1000...0001 = " + binary);
    System.out.println("0xFFFFFFFFFFFFFFFFL = " + longOnes);
    System.out.println("0xcbf29ce484222325L = " + fnv64);
    System.out.println("0xFFFFFFFFL = " + small);
    System.out.println("negative: " + (allOnes < 0) + " " + (signBit < 0) + " " + (longOnes < 0));
    System.out.println("0xFFFFFFFF + 1 = " + (allOnes + 1));
  }
}
