package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class SensorStation {
  interface Filter {
    float apply(float x);
    default Filter then(Filter next) { return x -> next.apply(apply(x)); }
    static Filter identity() { return x -> x; }
  }

  static final class RingBuffer<T> implements Iterable<T> {
    private final Object[] items;
    private int head, size;
    RingBuffer(int capacity) {
      if (capacity <= 0) throw new IllegalArgumentException("capacity must be positive: " + capacity);
      items = new Object[capacity];
    }
    void add(T item) {
      items[(head + size) % items.length] = item;
      if (size < items.length) size++; else head = (head + 1) % items.length;
    }
    @SuppressWarnings("unchecked")
    T get(int i) {
      if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
      return (T) items[(head + i) % items.length];
    }
    int size() { return size; }
    @Override public Iterator<T> iterator() {
      return new Iterator<>() {
        int i = 0;
        @Override public boolean hasNext() { return i < size; }
        @Override public T next() {
          if (!hasNext()) throw new NoSuchElementException();
          return get(i++);
        }
      };
    }
  }

  static abstract class Sensor {
    private static int created;
    protected final String name;
    protected Sensor(String name) { this.name = name; created++; }
    abstract float read(int tick);
    static int created() { return created; }
    @Override public String toString() { return getClass().getSimpleName() + "(" + name + ")"; }
  }

  static class Thermometer extends Sensor {
    private final float base;
    Thermometer(String name, float base) { super(name); this.base = base; }
    @Override float read(int tick) { return base + (tick % 7) * 0.5f - 1.25f; }
  }

  static class Hygrometer extends Sensor {
    Hygrometer(String name) { super(name); }
    @Override float read(int tick) { return 40f + ((tick * 37) & 15); }
  }

  static class SensorException extends RuntimeException {
    final int code;
    SensorException(String message, int code) { super(message); this.code = code; }
  }

  static int pack(int channel, int value, boolean alarm) {
    return (channel & 0x0F) << 12 | (value & 0x7FF) << 1 | (alarm ? 1 : 0);
  }

  static String bits(int word) {
    StringBuilder sb = new StringBuilder(Integer.toBinaryString(word));
    while (sb.length() < 16) sb.insert(0, '0');
    return sb.toString();
  }

  static float average(float... values) {
    if (values.length == 0) throw new SensorException("no values", 3);
    float sum = 0;
    for (float v : values) sum += v;
    return sum / values.length;
  }

  public static void main(String[] args) {
    List<Sensor> sensors = new ArrayList<>(Arrays.asList(new Thermometer("in", 21.5f),
        new Thermometer("out", 4f), new Hygrometer("rh")));
    Filter smooth = Filter.identity().then(x -> Math.round(x * 10) / 10f).then(x -> Math.max(0f, x));
    RingBuffer<Float> history = new RingBuffer<>(4);
    for (int tick = 0; tick < 6; tick++) {
      StringBuilder line = new StringBuilder("t=").append(tick);
      for (Sensor s : sensors) {
        float v = smooth.apply(s.read(tick));
        line.append(' ').append(s.name).append('=').append(String.format("%.2f", v));
        if (s instanceof Thermometer && s.name.equals("in")) history.add(v);
      }
      System.out.println(line);
    }
    System.out.println("sensors " + Sensor.created() + " " + sensors);
    StringBuilder h = new StringBuilder();
    for (float v : history) h.append(v).append(';');
    System.out.println("history " + h + " size " + history.size());
    try {
      history.get(7);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("caught " + e.getMessage());
    }
    try {
      new RingBuffer<String>(0);
    } catch (IllegalArgumentException e) {
      System.out.println(e);
    }
    float[] samples = new float[history.size()];
    for (int i = 0; i < samples.length; i++) samples[i] = history.get(i);
    System.out.printf("avg %.3f of %s%n", average(samples), Arrays.toString(samples));
    try {
      average();
    } catch (SensorException e) {
      System.out.println("error " + e.code + ": " + e.getMessage());
    }
    int word = pack(5, 1234, true);
    System.out.println(word + " " + bits(word) + " 0x" + Integer.toHexString(word).toUpperCase());
    System.out.println("channel " + (word >>> 12) + " value " + ((word >> 1) & 0x7FF) + " alarm " + ((word & 1) == 1));
    Predicate<Sensor> isThermo = s -> s instanceof Thermometer;
    Function<Sensor, String> label = s -> s.name.toUpperCase();
    sensors.removeIf(isThermo.negate());
    sensors.forEach(s -> System.out.println(label.apply(s)));
  }
}
