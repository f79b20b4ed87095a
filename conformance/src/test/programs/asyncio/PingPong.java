package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** Two tasks hand control back and forth with two events, without any sleep. */
@MicroPython
public class PingPong {
  @Coroutine
  static void player(String name, Event mine, Event theirs, int rounds) {
    for (int i = 0; i < rounds; i++) {
      mine.await();
      mine.clear();
      System.out.println(name + " " + i);
      theirs.set();
    }
    System.out.println(name + " leaves");
  }

  @Coroutine
  static void mainTask() {
    Event ping = new Event();
    Event pong = new Event();
    Task<Void> a = createTask(() -> player("ping", ping, pong, 3));
    Task<Void> b = createTask(() -> player("pong", pong, ping, 3));
    System.out.println("serve");
    ping.set();
    a.await();
    b.await();
    System.out.println("game over, ping set " + ping.isSet() + ", pong set " + pong.isSet());
  }

  public static void main(String[] args) {
    run(PingPong::mainTask);
  }
}
