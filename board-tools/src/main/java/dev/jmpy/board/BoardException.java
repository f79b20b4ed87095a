package dev.jmpy.board;

import java.io.IOException;

/** The board did not answer as MicroPython's raw REPL does, or a command on it failed. */
public class BoardException extends IOException {
  public BoardException(String message) {
    super(message);
  }
}
