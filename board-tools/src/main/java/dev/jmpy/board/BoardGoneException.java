package dev.jmpy.board;

/** The board's console ended: the port was unplugged, or the process behind it exited. */
public class BoardGoneException extends BoardException {
  public BoardGoneException(String message) {
    super(message);
  }
}
