package text;

import dev.jmpy.annotations.MicroPython;
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/**
 * Scanner over System.in (ScannerStdin.in is its standard input on both sides: System.in on the
 * JVM, sys.stdin on MicroPython): tokens between blanks, nextLine after nextInt, numbers with
 * groups, mismatches left unread, the end of the input.
 */
// jmpy-options: -Ajmpy.floatPrecision=double
@MicroPython
public class ScannerStdin {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    int n = in.nextInt();
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += in.nextInt();
    }
    System.out.println("n=" + n + " sum=" + sum);
    System.out.println("rest of the line: [" + in.nextLine() + "]");
    System.out.println("line: [" + in.nextLine() + "]");
    System.out.println("word: " + in.next() + ", then " + in.next());
    System.out.println("hasNextInt on a word: " + in.hasNextInt());
    try {
      in.nextInt();
    } catch (InputMismatchException e) {
      System.out.println("mismatch, message " + e.getMessage() + ", token still there: " + in.next());
    }
    System.out.println("grouped: " + in.nextInt() + " " + in.nextLong());
    try {
      in.nextInt();
    } catch (NoSuchElementException e) {
      System.out.println("too big for an int: " + e.getMessage() + ", as a long: " + in.nextLong());
    }
    System.out.println("double: " + in.nextDouble() + " " + in.nextDouble() + " " + in.nextDouble());
    System.out.println("booleans: " + in.nextBoolean() + " " + in.nextBoolean());
    System.out.println("hasNextDouble on 1.5f: " + in.hasNextDouble() + ", " + in.next());
    while (in.hasNextLine()) {
      System.out.println("line [" + in.nextLine() + "]");
    }
    System.out.println("hasNext at the end: " + in.hasNext());
    try {
      in.next();
    } catch (NoSuchElementException e) {
      System.out.println("next at the end: NoSuchElementException " + e.getMessage());
    }
    try {
      in.nextLine();
    } catch (NoSuchElementException e) {
      System.out.println("nextLine at the end: " + e.getMessage());
    }
    in.close();
    try {
      in.hasNext();
    } catch (IllegalStateException e) {
      System.out.println("after close: " + e.getMessage());
    }
    try (Scanner again = new Scanner(System.in)) {
      System.out.println("a new Scanner after close: hasNext " + again.hasNext());
    }
  }
}
