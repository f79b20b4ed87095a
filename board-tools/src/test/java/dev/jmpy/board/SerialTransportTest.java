package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * jSerialComm loads its native part on this machine and lists ports; a port that is not there is
 * refused with a message (no board is attached here: the protocol is tested on the pty board).
 */
class SerialTransportTest {
  @Test
  void aMissingPortIsRefusedWithAMessage() {
    System.out.println("[jmpy-board] serial ports here: " + SerialTransport.describePorts());
    BoardException refused = assertThrows(BoardException.class,
        () -> SerialTransport.open("/dev/ttyJMPY-not-there"));
    assertTrue(refused.getMessage().startsWith("cannot open /dev/ttyJMPY-not-there"),
        refused.getMessage());
  }
}
