package dev.jmpy.board;

import dev.jmpy.board.internal.Hw;
import dev.jmpy.micropython.Json;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The scenario format: one JSON object that both simulations read (this board, and the Python
 * simulation the conformance suite runs a bundle on), so one description drives a program on
 * the JVM and on MicroPython. Every key is optional; times are board ms since power-on; lists
 * keep their order (MicroPython's dicts have none, so nothing depends on a dict's order).
 *
 * <pre>{@code
 * {
 *   "boots": 3,                        // the harness boots at most this many times (default 1)
 *   "ticksStartMs": 1073741000,        // ticks_ms() at each boot's start (wrap-around tests)
 *   "memFree": 100000,                 // gc.mem_free()
 *   "rawTemperature": 120,             // esp32.raw_temperature()
 *   "rtc": [2025, 6, 1, 12, 0, 0],     // RTC at power-on: year, month, day, hour, minute, second
 *   "pins": [{"pin": 0, "level": 1}],  // levels the outside drives from power-on
 *   "adc": [{"pin": 34, "uv": 1650000},              // constant microvolts
 *           {"pin": 35, "sequence": [100000, 200000]}, // one per read, the last repeats
 *           {"pin": 36, "steps": [[0, 100000], [5000, 900000]]}], // from each time on
 *   "i2c": [{"scl": 22, "sda": 21, "devices": [
 *             {"model": "bme280", "address": 118, "temperature": 2150, "pressure": 101325,
 *              "humidity": 47445},                   // each a number or [[ms, value], ...]
 *             {"model": "registers", "address": 80, "registers": [[0, [1, 2, 3]]]}]}],
 *   "spi": [{"cs": 5, "model": "registers", "registers": [[208, [96]]]}],
 *   "uart": [{"id": 1, "replies": [["PING\n", "PONG\n", 5]]}],
 *   "wifi": [{"ssid": "home", "key": "secret", "connectMs": 1500, "refusals": 0,
 *             "ip": "192.168.1.50", "rssi": -55, "channel": 6}],
 *   "nvs": [["app", "boots", 3]],
 *   "events": [{"at": 500, "pin": 0, "level": 0},
 *              {"at": 100, "uart": 1, "send": "hello\n"},
 *              {"at": 2000, "wifi": "drop", "ssid": "home", "backAfterMs": 3000},
 *              {"at": 300, "i2c": [22, 21], "address": 118, "detach": true},
 *              {"at": 400, "i2c": [22, 21], "address": 118, "hang": true}]
 * }
 * }</pre>
 */
public final class Scenario {
  private Scenario() {}

  /** How many boots the harness runs for this scenario (its "boots", default 1). */
  public static int boots(String json) {
    Map<String, Object> root = root(json);
    return root.containsKey("boots") ? number(root.get("boots")) : 1;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> root(String json) {
    Object parsed = Json.loads(json);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("a scenario is a JSON object");
    }
    return (Map<String, Object>) map;
  }

  /** Applies the scenario to a freshly powered board. */
  @SuppressWarnings("unchecked")
  static void apply(String json, Board board) {
    Hw hw = Hw.get();
    Map<String, Object> root = root(json);
    if (root.containsKey("ticksStartMs")) {
      hw.ticksStartMs(longValue(root.get("ticksStartMs")));
    }
    if (root.containsKey("memFree")) {
      hw.memFree(number(root.get("memFree")));
    }
    if (root.containsKey("rawTemperature")) {
      hw.rawTemperature(number(root.get("rawTemperature")));
    }
    if (root.get("rtc") instanceof List<?> rtc) {
      int[] t = ints(rtc);
      hw.storage.datetime(new int[] {t[0], t[1], t[2], 0, t[3], t[4], t[5], 0});
    }
    for (Map<String, Object> pin : maps(root.get("pins"))) {
      board.pin(number(pin.get("pin")), number(pin.get("level")));
    }
    for (Map<String, Object> adc : maps(root.get("adc"))) {
      int pin = number(adc.get("pin"));
      if (adc.containsKey("uv")) {
        board.adc(pin, number(adc.get("uv")));
      } else if (adc.get("sequence") instanceof List<?> sequence) {
        board.adcSequence(pin, ints(sequence));
      } else if (adc.containsKey("steps")) {
        board.adc(pin, steps(adc.get("steps")));
      }
    }
    for (Map<String, Object> bus : maps(root.get("i2c"))) {
      int scl = number(bus.get("scl"));
      int sda = number(bus.get("sda"));
      for (Map<String, Object> device : maps(bus.get("devices"))) {
        board.i2c(scl, sda, device(device));
      }
    }
    for (Map<String, Object> spi : maps(root.get("spi"))) {
      board.spi(number(spi.get("cs")), (SpiDevice) device(spi));
    }
    for (Map<String, Object> uart : maps(root.get("uart"))) {
      int id = number(uart.get("id"));
      for (Object rule : list(uart.get("replies"))) {
        List<Object> r = (List<Object>) rule;
        board.uartReply(id, (String) r.get(0), (String) r.get(1), number(r.get(2)));
      }
    }
    for (Map<String, Object> ap : maps(root.get("wifi"))) {
      hw.wifi.add(new dev.jmpy.board.internal.Wifi.AccessPoint((String) ap.get("ssid"),
          (String) ap.get("key"),
          ap.containsKey("connectMs") ? number(ap.get("connectMs")) : 1500,
          ap.containsKey("rssi") ? number(ap.get("rssi")) : -55,
          ap.containsKey("channel") ? number(ap.get("channel")) : 6,
          ap.containsKey("ip") ? (String) ap.get("ip") : "192.168.1.50",
          ap.containsKey("refusals") ? number(ap.get("refusals")) : 0));
    }
    for (Object entry : list(root.get("nvs"))) {
      List<Object> e = (List<Object>) entry;
      board.nvs((String) e.get(0), (String) e.get(1), number(e.get(2)));
    }
    for (Map<String, Object> event : maps(root.get("events"))) {
      event(board, hw, event);
    }
  }

  private static void event(Board board, Hw hw, Map<String, Object> event) {
    long at = longValue(event.get("at"));
    if (event.containsKey("pin")) {
      board.pinAt(at, number(event.get("pin")), number(event.get("level")));
    } else if (event.containsKey("uart")) {
      board.uartSendAt(at, number(event.get("uart")), (String) event.get("send"));
    } else if ("drop".equals(event.get("wifi"))) {
      board.wifiDropAt(at, (String) event.get("ssid"),
          event.containsKey("backAfterMs") ? longValue(event.get("backAfterMs")) : -1);
    } else if (event.get("i2c") instanceof List<?> pins) {
      int[] p = ints(pins);
      int address = number(event.get("address"));
      if (Boolean.TRUE.equals(event.get("detach"))) {
        hw.at(at, () -> hw.buses.detach(p[0], p[1], address));
      } else if (Boolean.TRUE.equals(event.get("hang"))) {
        hw.at(at, () -> hw.buses.hang(p[0], p[1], address));
      }
    } else {
      throw new IllegalArgumentException("unknown scenario event " + Json.dumps(event));
    }
  }

  @SuppressWarnings("unchecked")
  private static RegisterDevice device(Map<String, Object> spec) {
    String model = (String) spec.get("model");
    int address = spec.containsKey("address") ? number(spec.get("address")) : 0;
    RegisterDevice device;
    if ("bme280".equals(model)) {
      Bme280 bme = new Bme280(address == 0 ? Bme280.ADDRESS : address);
      if (spec.containsKey("temperature")) {
        bme.temperature(steps(spec.get("temperature")));
      }
      if (spec.containsKey("pressure")) {
        bme.pressure(steps(spec.get("pressure")));
      }
      if (spec.containsKey("humidity")) {
        bme.humidity(steps(spec.get("humidity")));
      }
      device = bme;
    } else if ("registers".equals(model)) {
      device = new RegisterDevice(address);
    } else {
      throw new IllegalArgumentException("unknown device model " + model);
    }
    for (Object block : list(spec.get("registers"))) {
      List<Object> b = (List<Object>) block;
      device.set(number(b.get(0)), ints((List<?>) b.get(1)));
    }
    if (Boolean.TRUE.equals(spec.get("hang"))) {
      device.hang(true);
    }
    return device;
  }

  /** A number, or a list of [ms, value] steps (the value of the last step begun). */
  private static LongUnaryOperator steps(Object spec) {
    if (!(spec instanceof List<?> list)) {
      long constant = longValue(spec);
      return t -> constant;
    }
    long[][] table = new long[list.size()][];
    for (int i = 0; i < table.length; i++) {
      List<?> step = (List<?>) list.get(i);
      table[i] = new long[] {longValue(step.get(0)), longValue(step.get(1))};
    }
    return t -> {
      long value = table.length == 0 ? 0 : table[0][1];
      for (long[] step : table) {
        if (step[0] <= t) {
          value = step[1];
        }
      }
      return value;
    };
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private static int[] ints(List<?> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(values.get(i));
    }
    return out;
  }

  private static int number(Object value) {
    return Math.toIntExact(longValue(value));
  }

  private static long longValue(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalArgumentException("a number was expected in the scenario, not " + value);
  }
}
