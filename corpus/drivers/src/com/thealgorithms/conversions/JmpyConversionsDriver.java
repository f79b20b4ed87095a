package com.thealgorithms.conversions;

import dev.jmpy.annotations.MicroPython;

/** Drives the number-base and text conversions of TheAlgorithms/Java, including rejected inputs. */
@MicroPython
public class JmpyConversionsDriver {
  public static void main(String[] args) {
    int[] numbers = {0, 1, 7, 8, 10, 15, 16, 255, 256, 1000, 4096, 65535, 999999};
    for (int n : numbers) {
      System.out.println(n + ": base2=" + DecimalToAnyBase.convertToAnyBase(n, 2)
          + " base7=" + DecimalToAnyBase.convertToAnyBase(n, 7)
          + " base36=" + DecimalToAnyBase.convertToAnyBase(n, 36)
          + " hex=" + DecimalToHexadecimal.decToHex(n)
          + " octal=" + DecimalToOctal.convertToOctal(n)
          + " anyToAny(10->5)=" + AnytoAny.convertBase(n, 10, 5));
    }
    for (int n : new int[] {0, 1, 5, 10, 37, 511, 1023}) {
      System.out.println(n + " in binary: " + DecimalToBinary.convertUsingConventionalAlgorithm(n) + " "
          + DecimalToBinary.convertUsingBitwiseAlgorithm(n));
    }
    for (String s : new String[] {"0", "1A", "ff", "7FFF", "123abc"}) {
      System.out.println("hex " + s + " = " + HexaDecimalToDecimal.getHexaToDec(s) + " = octal "
          + HexToOct.hexToOctal(s));
    }
    for (String s : new String[] {"0", "7", "17", "777", "12345"}) {
      System.out.println("octal " + s + " = " + OctalToDecimal.convertOctalToDecimal(s) + " = hex "
          + OctalToHexadecimal.decimalToHexadecimal(OctalToHexadecimal.octalToDecimal(s)) + " = binary "
          + OctalToBinary.convertOctalToBinary(Integer.parseInt(s)));
    }
    System.out.println("base 16 FF=" + AnyBaseToDecimal.convertToDecimal("FF", 16) + ", base 36 ZZ="
        + AnyBaseToDecimal.convertToDecimal("ZZ", 36) + ", base 2 101101=" + AnyBaseToDecimal.convertToDecimal("101101", 2));
    for (String bad : new String[] {"12G", "8"}) {
      try {
        System.out.println("octal " + bad + " = " + OctalToDecimal.convertOctalToDecimal(bad));
      } catch (IllegalArgumentException e) {
        System.out.println("octal " + bad + " rejected: " + e.getMessage());
      }
    }
    try {
      AnyBaseToDecimal.convertToDecimal("19", 8);
    } catch (NumberFormatException e) {
      System.out.println("base 8 19 rejected: " + e.getMessage());
    }
    for (int n : new int[] {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) {
      System.out.println(n + " = " + IntegerToRoman.integerToRoman(n));
    }
    System.out.println(PhoneticAlphabetConverter.textToPhonetic("Hello jmpy 42"));
  }
}
