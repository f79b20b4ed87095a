package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.micropython.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * json.dumps and json.loads over lists, single-key maps, strings, ints, booleans and null, and
 * what MicroPython's lenient reader accepts or rejects. A
 * map of several keys is only read back by key (MicroPython's dict has no insertion order, so
 * dumps could list its keys in another order than the JVM's map; see docs/semantics.md).
 */
@MicroPython
public class JsonRoundTrip {
  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    List<Object> values = new ArrayList<>();
    values.add(42);
    values.add(-7);
    values.add(12345678901L);
    values.add("text");
    values.add(true);
    values.add(false);
    values.add(null);
    values.add(new ArrayList<>());
    Map<String, Object> one = new HashMap<>();
    one.put("id", 3);
    values.add(one);
    values.add(new HashMap<>());
    String text = Json.dumps(values);
    System.out.println(text);
    List<Object> back = (List<Object>) Json.loads(text);
    System.out.println("back " + back + ", same text " + Json.dumps(back).equals(text)
        + ", size " + back.size());

    System.out.println(Json.dumps("quote \" backslash \\ newline \n tab \t bell \u0007 e\u00e9"));
    String escaped = (String) Json.loads("\"a\\u00e9\\n\\\"b\\\"\\/c\"");
    System.out.println(escaped.length() + " " + escaped.strip());

    Map<String, Object> reading = (Map<String, Object>) Json.loads(
        " { \"sensor\" : \"bme280\", \"t\" : 2150, \"ok\" : true,\n \"err\" : null,"
            + " \"tags\" : [ \"a\", [1, 2], {\"x\": -1} ] } ");
    List<String> keys = new ArrayList<>(reading.keySet());
    Collections.sort(keys);
    System.out.println("keys " + keys + ", " + reading.size() + " entries");
    int t = (Integer) reading.get("t");
    System.out.println("sensor " + (String) reading.get("sensor") + ", t " + t / 100 + "." + t % 100);
    boolean ok = (Boolean) reading.get("ok");
    System.out.println("ok " + ok + ", err " + (reading.get("err") == null)
        + ", has err " + reading.containsKey("err"));
    List<Object> tags = (List<Object>) reading.get("tags");
    Map<String, Object> inner = (Map<String, Object>) tags.get(2);
    List<Object> pair = (List<Object>) tags.get(1);
    int x = (Integer) inner.get("x");
    System.out.println("tags " + (String) tags.get(0) + " " + pair + " " + x);
    System.out.println(Json.dumps(tags));

    Map<String, Object> status = new HashMap<>();
    status.put("boots", List.of(1, 2, 3));
    System.out.println(Json.dumps(status) + " " + Json.dumps(List.of()) + " " + Json.dumps(null));
    // MicroPython's reader is lenient: commas and colons are spaces, either bracket closes.
    for (String odd : List.of("{\"a\" 1}", "[1 2}", " [ ] \t", "[1, 2", "tru", "", "1 2",
        "{[1]: 2}", "1-2", "[\"open]")) {
      try {
        Object value = Json.loads(odd);
        System.out.println("read [" + odd + "] as " + Json.dumps(value));
      } catch (IllegalArgumentException e) {
        System.out.println("rejected [" + odd + "]");
      }
    }
  }
}
