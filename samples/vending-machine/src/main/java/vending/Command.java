package vending;

import dev.jmpy.annotations.MicroPython;

/** One parsed command line: {@code insert 50} is {@code Command[verb=INSERT, amount=50]}. */
@MicroPython
public record Command(Verb verb, int amount) {
  public Command {
    if (amount < 0) {
      throw new IllegalArgumentException("negative amount " + amount);
    }
  }

  static Command unknown() {
    return new Command(Verb.UNKNOWN, 0);
  }
}
