package vending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The parser and the state machine, tested on the JVM before the bundle goes to a board. */
class VendingMachineTest {

  @Test
  void parsesVerbsCaseInsensitivelyWithOptionalAmounts() {
    assertEquals(new Command(Verb.INSERT, 50), CommandParser.parse("  INSERT 50 "));
    assertEquals(new Command(Verb.INSERT, 100), CommandParser.parse("coin 100"));
    assertEquals(new Command(Verb.SELECT, 0), CommandParser.parse("select"));
    assertEquals(Command.unknown(), CommandParser.parse("insert fifty"));
    assertEquals(Command.unknown(), CommandParser.parse("dance"));
    assertEquals("Command[verb=REFUND, amount=0]", CommandParser.parse("refund").toString());
  }

  @Test
  void rejectsNegativeAmounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Command(Verb.INSERT, -1));
    assertEquals("negative amount -1", e.getMessage());
  }

  @Test
  void sellsOnlyWhenStockedAndPaid() {
    VendingMachine machine = new VendingMachine(120);
    assertEquals("sold out, returned 50", machine.handle(new Command(Verb.INSERT, 50)));
    assertEquals(State.SOLD_OUT, machine.state());

    machine.handle(new Command(Verb.RESTOCK, 1));
    assertEquals(State.IDLE, machine.state());
    assertEquals("insert 120", machine.handle(new Command(Verb.SELECT, 0)));
    assertEquals("credit 100", machine.handle(new Command(Verb.INSERT, 100)));
    assertEquals("need 20 more", machine.handle(new Command(Verb.SELECT, 0)));
    machine.handle(new Command(Verb.INSERT, 50));
    assertEquals("vend, change 30", machine.handle(new Command(Verb.SELECT, 0)));
    assertEquals(State.SOLD_OUT, machine.state());
    assertEquals("refund 30", machine.handle(new Command(Verb.REFUND, 0)));
    assertEquals(0, machine.credit());
    assertEquals(1, machine.sold());
  }
}
