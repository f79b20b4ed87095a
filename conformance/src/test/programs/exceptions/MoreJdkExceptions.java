package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;

/**
 * JDK exceptions made and caught in translated code: IOException, EOFException (caught first, by
 * name: Python's EOFError is no OSError), ConnectException, the index exceptions, Exception,
 * Error and Throwable, each with its message.
 */
@MicroPython
public class MoreJdkExceptions {
  static void fail(int i) throws IOException {
    if (i == 0) {
      throw new IOException("io " + i);
    }
    if (i == 1) {
      throw new EOFException("eof");
    }
    throw new ConnectException("refused");
  }

  public static void main(String[] args) {
    for (int i = 0; i < 3; i++) {
      try {
        fail(i);
      } catch (EOFException e) {
        System.out.println("eof: " + e.getMessage());
      } catch (IOException e) {
        System.out.println("io: " + e.getMessage());
      }
    }
    try {
      throw new ArrayIndexOutOfBoundsException("array index");
    } catch (IndexOutOfBoundsException e) {
      System.out.println("index: " + e.getMessage());
    }
    try {
      throw new StringIndexOutOfBoundsException("string index");
    } catch (IndexOutOfBoundsException e) {
      System.out.println("index: " + e.getMessage());
    }
    try {
      throw new Exception("plain");
    } catch (Exception e) {
      System.out.println("exception: " + e.getMessage());
    }
    try {
      throw new Error("error");
    } catch (Error e) {
      System.out.println("error: " + e.getMessage());
    }
    try {
      throw new Throwable("throwable");
    } catch (Throwable t) {
      System.out.println("throwable: " + t.getMessage());
    }
  }
}
