package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class MqttBroker {
  enum QoS { AT_MOST_ONCE, AT_LEAST_ONCE, EXACTLY_ONCE;
    static QoS of(int level) {
      if (level < 0 || level >= values().length) throw new IllegalArgumentException("bad qos " + level);
      return values()[level];
    }
  }

  record Message(String topic, byte[] payload, QoS qos, int id) {
    String text() { return new String(payload, java.nio.charset.StandardCharsets.UTF_8); }
    @Override public String toString() { return "Message[" + topic + " #" + id + " " + qos + " '" + text() + "']"; }
  }

  static final class Subscription {
    final String filter;
    final Consumer<Message> handler;
    int delivered;
    Subscription(String filter, Consumer<Message> handler) {
      this.filter = Objects.requireNonNull(filter, "filter");
      this.handler = handler;
    }
    boolean matches(String topic) {
      String[] f = filter.split("/");
      String[] t = topic.split("/");
      for (int i = 0; i < f.length; i++) {
        if (f[i].equals("#")) return true;
        if (i >= t.length) return false;
        if (!f[i].equals("+") && !f[i].equals(t[i])) return false;
      }
      return f.length == t.length;
    }
  }

  private final List<Subscription> subs = new ArrayList<>();
  private final Queue<Message> pending = new ArrayDeque<>();
  private final Map<QoS, Integer> counts = new EnumMap<>(QoS.class);
  private final Map<String, Message> retained = new LinkedHashMap<>();
  private int nextId = 1;

  void subscribe(String filter, Consumer<Message> handler) {
    subs.add(new Subscription(filter, handler));
  }

  int publish(String topic, String body, int qos, boolean retain) {
    Message m = new Message(topic, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), QoS.of(qos), nextId++);
    pending.offer(m);
    counts.merge(m.qos(), 1, Integer::sum);
    if (retain) retained.put(topic, m);
    return m.id();
  }

  int pump() {
    int n = 0;
    while (!pending.isEmpty()) {
      Message m = pending.poll();
      for (Subscription s : subs) {
        if (s.matches(m.topic())) {
          s.handler.accept(m);
          s.delivered++;
          n++;
        }
      }
    }
    return n;
  }

  public static void main(String[] args) {
    MqttBroker b = new MqttBroker();
    List<String> log = new ArrayList<>();
    b.subscribe("home/+/temp", m -> log.add("temp " + m.text()));
    b.subscribe("home/#", m -> log.add("any " + m.topic()));
    b.subscribe("alarm", m -> System.out.println("ALARM " + m));
    b.publish("home/kitchen/temp", "21.5", 0, false);
    b.publish("home/garage/door", "open", 1, true);
    b.publish("alarm", "smoke", 2, true);
    b.publish("office/temp", "19", 0, false);
    try {
      b.publish("x", "y", 3, false);
    } catch (IllegalArgumentException e) {
      System.out.println("rejected: " + e.getMessage());
    }
    System.out.println("delivered " + b.pump());
    log.forEach(System.out::println);
    System.out.println(b.counts);
    System.out.println("retained " + b.retained.keySet());
    for (Iterator<Map.Entry<String, Message>> it = b.retained.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Message> e = it.next();
      if (e.getValue().qos() == QoS.EXACTLY_ONCE) it.remove();
    }
    System.out.println("after purge " + b.retained.values());
    Map<Boolean, List<String>> byMatch = b.subs.stream()
        .collect(Collectors.partitioningBy(s -> s.delivered > 0, Collectors.mapping(s -> s.filter, Collectors.toList())));
    System.out.println(byMatch);
    Optional<Subscription> busiest = b.subs.stream().max(Comparator.comparingInt(s -> s.delivered));
    System.out.println("busiest " + busiest.map(s -> s.filter).orElse("none"));
    List<String> topics = new ArrayList<>(List.of("b/2", "a/10", "a/9"));
    Collections.sort(topics, Comparator.comparing((String t) -> t.split("/")[0]).thenComparing(t -> Integer.parseInt(t.split("/")[1])));
    System.out.println(topics);
    Map<String, Long> perRoot = topics.stream().collect(Collectors.groupingBy(t -> t.substring(0, t.indexOf('/')), HashMap::new, Collectors.counting()));
    System.out.println(perRoot.get("a") + " " + perRoot.getOrDefault("c", 0L));
  }
}
