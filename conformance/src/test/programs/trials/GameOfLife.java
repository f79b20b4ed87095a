package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class GameOfLife {
  private final int width, height;
  private boolean[][] cells;
  private int generation;

  public static final class Builder {
    private int width = 8, height = 6;
    private final Set<String> alive = new HashSet<>();
    public Builder size(int w, int h) { width = w; height = h; return this; }
    public Builder alive(int... coords) {
      if (coords.length % 2 != 0) throw new IllegalArgumentException("odd number of coordinates");
      for (int i = 0; i < coords.length; i += 2) alive.add(coords[i] + "," + coords[i + 1]);
      return this;
    }
    public GameOfLife build() {
      GameOfLife life = new GameOfLife(width, height);
      for (String a : alive) {
        String[] p = a.split(",");
        life.cells[Integer.parseInt(p[1])][Integer.parseInt(p[0])] = true;
      }
      return life;
    }
  }

  private GameOfLife(int width, int height) {
    this.width = width;
    this.height = height;
    this.cells = new boolean[height][width];
  }

  int neighbours(int x, int y) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (dx == 0 && dy == 0) continue;
        int nx = (x + dx + width) % width, ny = (y + dy + height) % height;
        if (cells[ny][nx]) n++;
      }
    }
    return n;
  }

  void step() {
    boolean[][] next = new boolean[height][width];
    for (int y = 0; y < height; y++)
      for (int x = 0; x < width; x++) {
        int n = neighbours(x, y);
        next[y][x] = cells[y][x] ? n == 2 || n == 3 : n == 3;
      }
    cells = next;
    generation++;
  }

  int population() {
    int count = 0;
    for (boolean[] row : cells) for (boolean c : row) if (c) count++;
    return count;
  }

  String render() {
    StringJoiner rows = new StringJoiner("\n");
    for (boolean[] row : cells) {
      char[] line = new char[width];
      for (int x = 0; x < width; x++) line[x] = row[x] ? '#' : '.';
      rows.add(new String(line));
    }
    return rows.toString();
  }

  long signature() {
    long h = 1125899906842597L;
    for (boolean[] row : cells) for (boolean c : row) h = 31 * h + (c ? 1 : 0);
    return h;
  }

  public static void main(String[] args) {
    GameOfLife life = new Builder().size(6, 6).alive(1, 0, 2, 1, 0, 2, 1, 2, 2, 2).build();
    System.out.println(life.render());
    Set<Long> seen = new HashSet<>();
    outer:
    do {
      life.step();
      if (!seen.add(life.signature())) {
        System.out.println("repeat at generation " + life.generation);
        break outer;
      }
      switch (life.population()) {
        case 0 -> { System.out.println("extinct"); break outer; }
        case 5 -> { }
        default -> System.out.println("gen " + life.generation + " pop " + life.population());
      }
    } while (life.generation < 30);
    System.out.println(life.render());
    System.out.println("signature " + life.signature() + " hex " + Long.toHexString(life.signature()));
    BitSet bits = new BitSet();
    for (int i = 0; i < 6; i++) if (life.cells[i][i]) bits.set(i);
    System.out.println("diagonal " + bits + " card " + bits.cardinality());
    int[][] counts = new int[3][];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new int[i + 1];
      Arrays.fill(counts[i], i);
    }
    System.out.println(Arrays.deepToString(counts));
    try {
      new Builder().alive(1, 2, 3);
    } catch (IllegalArgumentException e) {
      System.out.println("error: " + e.getMessage());
    }
    char c = 'a';
    c += 2;
    c++;
    System.out.println(c + " " + (int) c + " " + (char) (c - 32) + " " + Character.getNumericValue('7'));
    String kind = switch (life.population() % 3) { case 0 -> "zero"; case 1 -> "one"; default -> "two"; };
    System.out.println(kind);
  }
}
