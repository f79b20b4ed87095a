package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.ThreadSafeFlag;
import dev.jmpy.asyncio.testing.VirtualTime;
import dev.jmpy.esp32.NVS;
import dev.jmpy.machine.ADC;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.RTC;
import dev.jmpy.machine.SPI;
import dev.jmpy.machine.SoftI2C;
import dev.jmpy.machine.Timer;
import dev.jmpy.machine.UART;
import dev.jmpy.machine.WDT;
import dev.jmpy.micropython.Errno;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulated board through the stubs, as a program and its test use them. */
@ExtendWith(SimulatedBoard.class)
class SimulatedBoardTest {

  @Test
  void ticksFollowTheVirtualClockAndWrapAt2To30(Board board) {
    assertEquals(0, Time.ticksMs());
    Asyncio.run(() -> {
      Asyncio.sleepMs(1500);
      return null;
    });
    assertEquals(1500, Time.ticksMs());
    assertEquals(1_500_000, Time.ticksUs());
    Time.sleepUs(250);
    assertEquals(1_500_250, Time.ticksUs());
    assertEquals(1500, Time.ticksMs());
    int late = Time.ticksAdd(0, -10);
    assertEquals((1 << 30) - 10, late);
    assertEquals(20, Time.ticksDiff(10, late));
    assertEquals(-20, Time.ticksDiff(late, 10));
    assertThrows(ArithmeticException.class, () -> Time.ticksAdd(0, 1 << 29));
  }

  @Test
  void ticksStartCanBeSetToTestWrapAround(Board board) {
    board.ticksStartMs((1L << 30) - 100);
    int start = Time.ticksMs();
    Time.sleepMs(250);
    int end = Time.ticksMs();
    assertEquals(150, end);
    assertEquals(250, Time.ticksDiff(end, start));
  }

  @Test
  void outputLevelsAreRecordedWithTheirTimes(Board board) {
    Pin led = new Pin(2, Pin.OUT);
    for (int i = 0; i < 3; i++) {
      led.on();
      Time.sleepMs(100);
      led.off();
      Time.sleepMs(400);
    }
    assertEquals(List.of("0 pin 2 1", "100 pin 2 0", "500 pin 2 1", "600 pin 2 0", "1000 pin 2 1",
        "1100 pin 2 0"), board.history());
    assertEquals(new Board.Level(1100, 0), board.levels(2).get(5));
  }

  @Test
  void inputsReadWhatTheOutsideDrivesOrTheirPull(Board board) {
    Pin floating = new Pin(4, Pin.IN);
    Pin pulledUp = new Pin(5, Pin.IN, Pin.PULL_UP);
    assertEquals(0, floating.value());
    assertEquals(1, pulledUp.value());
    board.pin(5, 0);
    assertEquals(0, pulledUp.value());
    assertThrows(IllegalArgumentException.class, () -> new Pin(20));
    assertThrows(IllegalArgumentException.class, () -> new Pin(34, Pin.OUT));
  }

  @Test
  void aUartStreamWakesItsReaderAtTheVirtualTimeThePeersBytesArrive(Board board) {
    board.uartReply(1, "PING\n", "PO", 5).uartSendAt(40, 1, "NG\nrest");
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      UART uart = new UART(1, 115200);
      StreamReader reader = new StreamReader(uart);
      StreamWriter writer = new StreamWriter(uart);
      Task<Void> ticker = Asyncio.createTask(() -> {
        for (int i = 0; i < 3; i++) {
          out.add("tick at " + Time.ticksMs());
          Asyncio.sleepMs(10);
        }
      });
      writer.write("PING\n".getBytes(StandardCharsets.UTF_8));
      writer.drain();
      byte[] line = reader.readline();
      out.add(new String(line, StandardCharsets.UTF_8).strip() + " at " + Time.ticksMs());
      out.add(new String(reader.read(100), StandardCharsets.UTF_8) + " at " + Time.ticksMs());
      assertThrows(java.util.NoSuchElementException.class, () -> writer.getExtraInfo("peername"));
      assertThrows(UnsupportedOperationException.class, writer::waitClosed);
      ticker.await();
      return out;
    });
    // The reply's first part at 5 ms does not end the line; the rest at 40 ms does.
    assertEquals(List.of("tick at 0", "tick at 10", "tick at 20", "PONG at 40", "rest at 40"), seen);
    assertTrue(board.history().contains("0 uart 1 tx \"PING\\n\""), board.history().toString());
  }

  @Test
  void aButtonIrqSetsAFlagThatWakesTheWaitingTaskAtThePressTime(Board board) {
    board.press(0, 700, 50);
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      ThreadSafeFlag pressed = new ThreadSafeFlag();
      Pin button = new Pin(0, Pin.IN, Pin.PULL_UP);
      button.irq(p -> pressed.set(), Pin.IRQ_FALLING);
      pressed.await();
      out.add("pressed at " + Time.ticksMs() + ", level " + button.value());
      return out;
    });
    assertEquals(List.of("pressed at 700, level 0"), seen);
  }

  @Test
  void irqHandlersRunDuringABlockingSleepAndAFullQueueDropsThem(Board board) {
    List<Integer> times = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      board.pinAt(100, 13, i % 2 == 0 ? 1 : 0);
    }
    Pin input = new Pin(13, Pin.IN);
    input.irq(p -> times.add(Time.ticksMs()), Pin.IRQ_RISING | Pin.IRQ_FALLING);
    Time.sleepMs(200);
    // Ten edges at the same instant, the queue holds eight: the last two are lost, as on the board.
    assertEquals(8, times.size());
    assertEquals(100, times.get(0));
  }

  @Test
  void adcScalesMicrovoltsAsTheEsp32(Board board) {
    board.adc(34, 1_225_000).adcSequence(35, 0, 950_000, 2_000_000);
    ADC adc = new ADC(new Pin(34));
    assertEquals(2048, adc.read()); // half of 11 dB's 2450 mV
    assertEquals(2048 << 4 | 2048 >> 8, adc.readU16());
    assertEquals(1_225_000, adc.readUv());
    adc.atten(ADC.ATTN_0DB);
    assertEquals(4095, adc.read());
    ADC second = new ADC(new Pin(35), ADC.ATTN_0DB);
    assertEquals(0, second.read());
    assertEquals(4095, second.read());
    assertEquals(4095, second.read());
    assertThrows(IllegalArgumentException.class, () -> new ADC(new Pin(5)));
  }

  @Test
  void pwmDutyReadsBackAtTheTimersResolutionAndIsRecorded(Board board) {
    PWM pwm = new PWM(new Pin(15), 5000, 1001);
    assertEquals(1000, pwm.dutyU16()); // 13 bits at 5 kHz: the low 3 bits are lost
    pwm.dutyU16(65535);
    assertEquals(65535, pwm.dutyU16());
    pwm.freq(1000);
    Time.sleepMs(10);
    pwm.deinit();
    assertEquals(List.of("0 pwm 15 5000 1000", "0 pwm 15 5000 65535", "0 pwm 15 1000 65535",
        "10 pwm 15 off"), board.history());
    assertThrows(IllegalArgumentException.class, () -> pwm.dutyU16(70000));
  }

  @Test
  void anAbsentI2cDeviceRaisesEnodevAndScanListsOnlyAttachedOnes(Board board) throws IOException {
    board.i2c(22, 21, new RegisterDevice(0x50).set(0x10, 1, 2, 3)).i2c(22, 21, new Bme280());
    I2C i2c = new I2C(0, new Pin(22), new Pin(21), 400_000);
    assertEquals(List.of(0x50, 0x76), i2c.scan());
    OSError missing = assertThrows(OSError.class, () -> i2c.readfrom(0x40, 2));
    assertEquals(Errno.ENODEV, missing.errno());
    assertEquals("[Errno 19] ENODEV", missing.getMessage());
    assertArrayEquals(new byte[] {1, 2, 3}, i2c.readfromMem(0x50, 0x10, 3));
    I2C soft = new SoftI2C(new Pin(22), new Pin(21));
    assertEquals(0x60, soft.readfromMem(0x76, 0xD0, 1)[0]);
    I2C otherBus = new I2C(1, new Pin(25), new Pin(26));
    assertEquals(List.of(), otherBus.scan());
  }

  @Test
  void aHungDeviceTimesOutAfterTheBusTimeout(Board board) {
    board.i2c(22, 21, new RegisterDevice(0x50).hang(true));
    I2C i2c = new I2C(0, new Pin(22), new Pin(21));
    OSError timeout = assertThrows(OSError.class, () -> i2c.writeto(0x50, new byte[] {1}));
    assertEquals(Errno.ETIMEDOUT, timeout.errno());
    assertEquals(50, Time.ticksMs());
  }

  @Test
  void bme280ForcedMeasurementWithTheDatasheetCompensation(Board board) throws IOException {
    Bme280 sensor = new Bme280().temperature(2150).pressure(100_000).humidity(40 * 1024);
    board.i2c(22, 21, sensor);
    I2C i2c = new I2C(0, new Pin(22), new Pin(21));
    i2c.writetoMem(0x76, 0xF2, new byte[] {0x01});
    i2c.writetoMem(0x76, 0xF4, new byte[] {0x25}); // osrs_t 1, osrs_p 1, forced
    assertEquals(0x08, i2c.readfromMem(0x76, 0xF3, 1)[0]); // measuring
    Time.sleepMs(10);
    assertEquals(0, i2c.readfromMem(0x76, 0xF3, 1)[0]);
    byte[] data = i2c.readfromMem(0x76, 0xF7, 8);
    int adcT = ((data[3] & 0xFF) << 12) | ((data[4] & 0xFF) << 4) | ((data[5] & 0xFF) >> 4);
    int adcP = ((data[0] & 0xFF) << 12) | ((data[1] & 0xFF) << 4) | ((data[2] & 0xFF) >> 4);
    int adcH = ((data[6] & 0xFF) << 8) | (data[7] & 0xFF);
    assertEquals(2150, sensor.compensateT(adcT));
    long tFine = sensor.tFine(adcT);
    assertTrue(Math.abs(sensor.compensateP(tFine, adcP) - 100_000) <= 2);
    assertTrue(Math.abs(sensor.compensateH(tFine, adcH) - 40 * 1024) <= 8);
  }

  @Test
  void spiReachesTheDeviceWhoseChipSelectIsLow(Board board) {
    board.spi(5, new RegisterDevice(0).set(0x50, 0xAB, 0xCD));
    Pin cs = new Pin(5, Pin.OUT, -1, 1);
    SPI spi = new SPI(1, 1_000_000, new Pin(18), new Pin(23), new Pin(19));
    assertArrayEquals(new byte[] {-1, -1}, spi.read(2));
    cs.off();
    spi.write(new byte[] {(byte) 0xD0});
    assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, spi.read(2));
    cs.on();
  }

  @Test
  void aUartPeerAnswersLines(Board board) {
    board.uartReply(1, "PING\n", "PONG\n", 5).uartSendAt(50, 1, "hello\n");
    UART uart = new UART(1, 9600, 17, 16);
    assertNull(uart.readline());
    uart.write("PING\n");
    Time.sleepMs(10);
    assertEquals("PONG\n", new String(uart.readline(), StandardCharsets.UTF_8));
    UART waiting = new UART(2, 9600, 25, 26, 1000);
    board.uartSendAt(300, 2, "late\n");
    assertEquals("late\n", new String(waiting.readline(), StandardCharsets.UTF_8));
    assertEquals(300, Time.ticksMs());
  }

  @Test
  void wifiConnectsAfterTheAccessPointsDelay(Board board) throws IOException {
    board.accessPoint("home", "secret", 1200, 0, "192.168.1.42");
    WLAN wlan = new WLAN(WLAN.IF_STA);
    assertThrows(OSError.class, () -> wlan.connect("home", "secret"));
    wlan.active(true);
    wlan.connect("home", "secret");
    assertEquals(Network.STAT_CONNECTING, wlan.status());
    Time.sleepMs(1199);
    assertFalse(wlan.isconnected());
    Time.sleepMs(1);
    assertTrue(wlan.isconnected());
    assertEquals(Network.STAT_GOT_IP, wlan.status());
    assertEquals(List.of("192.168.1.42", "255.255.255.0", "192.168.1.1", "192.168.1.1"),
        wlan.ifconfig());
  }

  @Test
  void wifiWrongPasswordAndUnknownNetwork(Board board) throws IOException {
    board.accessPoint("home", "secret");
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("home", "wrong");
    Time.sleepMs(2000);
    assertEquals(Network.STAT_WRONG_PASSWORD, wlan.status());
    wlan.disconnect();
    assertEquals(Network.STAT_IDLE, wlan.status());
    wlan.connect("elsewhere", "x");
    Time.sleepMs(3000);
    assertEquals(Network.STAT_NO_AP_FOUND, wlan.status());
  }

  @Test
  void wifiRefusalsThenSuccessAndADropWithReconnect(Board board) throws IOException {
    board.accessPoint("home", "secret", 1000, 2, "10.0.0.7").wifiDropAt(10_000, "home", 2000);
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("home", "secret");
    Time.sleepMs(1000);
    assertEquals(Network.STAT_WRONG_PASSWORD, wlan.status());
    Time.sleepMs(4000); // two refusals, a retry every second, 1 s per attempt
    assertTrue(wlan.isconnected());
    Time.sleepMs(5000);
    assertFalse(wlan.isconnected());
    assertEquals(Network.STAT_CONNECTING, wlan.status());
    Time.sleepMs(4000);
    assertTrue(wlan.isconnected());
  }

  @Test
  void theWatchdogResetsTheBoardInsteadOfHanging(Board board) {
    Boot first = board.run(() -> Asyncio.run(() -> {
      WDT wdt = new WDT(2000);
      for (int i = 0; i < 3; i++) {
        Asyncio.sleepMs(1000);
        wdt.feed();
      }
      Asyncio.sleepMs(60_000); // stops feeding
      return null;
    }));
    assertTrue(first.watchdogReset());
    assertEquals(5000, board.nowMs());
    Boot second = board.run(() -> { });
    assertEquals(Machine.WDT_RESET, second.resetCause());
    assertTrue(board.history().contains("5000 reset wdt"));
  }

  @Test
  void deepSleepBootsAgainWithItsCauseKeepingNvsAndRtcMemory(Board board) {
    List<String> seen = new ArrayList<>();
    Runnable main = () -> {
      try {
        NVS nvs = new NVS("app");
        int boots;
        try {
          boots = nvs.getI32("boots") + 1;
        } catch (OSError e) {
          boots = 1;
        }
        nvs.setI32("boots", boots);
        RTC rtc = new RTC();
        seen.add(boots + " cause " + Machine.resetCause() + " wake " + Machine.wakeReason()
            + " rtc " + rtc.memory().length + " ticks " + Time.ticksMs());
        rtc.memory(new byte[] {(byte) boots});
        Time.sleepMs(100);
        Machine.deepsleep(10_000);
      } catch (OSError e) {
        throw new IllegalStateException(e);
      }
    };
    assertTrue(board.run(main).deepSlept());
    assertTrue(board.run(main).deepSlept());
    Boot third = board.run(main);
    assertEquals(3, third.number());
    assertEquals(List.of("1 cause 1 wake 0 rtc 0 ticks 0", "2 cause 4 wake 4 rtc 1 ticks 0",
        "3 cause 4 wake 4 rtc 1 ticks 0"), seen);
    assertEquals(20_300, board.nowMs()); // three boots of 100 ms, two sleeps of 10 s
    assertEquals(3, board.nvs().get("app").get("boots"));
  }

  @Test
  void aTimerCallsBackPeriodicallyUntilDeinit(Board board) {
    List<Integer> ticks = new ArrayList<>();
    Timer timer = new Timer(0);
    timer.init(Timer.PERIODIC, 250, t -> ticks.add(Time.ticksMs()));
    Time.sleepMs(1000);
    timer.deinit();
    Time.sleepMs(1000);
    assertEquals(List.of(250, 500, 750, 1000), ticks);
  }

  @Test
  void aScenarioDrivesTheSameBoard(Board board) throws IOException {
    board.load("""
        {"ticksStartMs": 5, "pins": [{"pin": 0, "level": 1}],
         "adc": [{"pin": 36, "steps": [[0, 100000], [500, 2450000]]}],
         "i2c": [{"scl": 22, "sda": 21, "devices": [
           {"model": "registers", "address": 80, "registers": [[16, [7, 8]]]}]}],
         "wifi": [{"ssid": "lab", "key": "k", "connectMs": 300, "ip": "10.1.1.9"}],
         "nvs": [["app", "boots", 41]],
         "events": [{"at": 200, "pin": 0, "level": 0},
                    {"at": 250, "i2c": [22, 21], "address": 80, "detach": true}]}
        """);
    assertEquals(5, Time.ticksMs());
    Pin button = new Pin(0, Pin.IN);
    ADC adc = new ADC(new Pin(36));
    I2C i2c = new I2C(0, new Pin(22), new Pin(21));
    assertEquals(1, button.value());
    assertEquals(167, adc.read());
    assertArrayEquals(new byte[] {7, 8}, i2c.readfromMem(80, 16, 2));
    Time.sleepMs(600);
    assertEquals(0, button.value());
    assertEquals(4095, adc.read());
    assertThrows(OSError.class, () -> i2c.readfrom(80, 1));
    assertEquals(41, new NVS("app").getI32("boots"));
    assertEquals(605, VirtualTime.nowMs() + 5);
  }
}
