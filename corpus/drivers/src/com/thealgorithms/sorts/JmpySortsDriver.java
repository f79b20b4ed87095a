package com.thealgorithms.sorts;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** Drives generic sorts of TheAlgorithms/Java on Integer and String arrays. */
@MicroPython
public class JmpySortsDriver {
  public static void main(String[] args) {
    System.out.println("bubble: " + Arrays.toString(new BubbleSort().sort(numbers())));
    System.out.println("cocktail: " + Arrays.toString(new CocktailShakerSort().sort(numbers())));
    System.out.println("comb: " + Arrays.toString(new CombSort().sort(numbers())));
    System.out.println("gnome: " + Arrays.toString(new GnomeSort().sort(words())));
    System.out.println("heap: " + Arrays.toString(new HeapSort().sort(numbers())));
    System.out.println("insertion: " + Arrays.toString(new InsertionSort().sort(words())));
    System.out.println("shell: " + Arrays.toString(new ShellSort().sort(numbers())));
  }

  static Integer[] numbers() {
    return new Integer[] {31, -4, 15, 9, 26, 5, 35, 8, 97, 9, 0, -32};
  }

  static String[] words() {
    return new String[] {"pear", "apple", "fig", "banana", "cherry", "apple"};
  }
}
