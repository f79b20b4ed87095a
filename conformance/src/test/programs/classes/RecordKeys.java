package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records as map keys and set members, and in List.contains / indexOf (equality, not identity). */
@MicroPython
public class RecordKeys {
  record Cell(int row, int col) {}

  public static void main(String[] args) {
    Map<Cell, String> board = new HashMap<>();
    board.put(new Cell(0, 0), "X");
    board.put(new Cell(1, 1), "O");
    board.put(new Cell(0, 0), "O");
    System.out.println("size: " + board.size());
    System.out.println("at 0,0: " + board.get(new Cell(0, 0)));
    System.out.println("at 1,1: " + board.get(new Cell(1, 1)));
    System.out.println("at 2,2 is null: " + (board.get(new Cell(2, 2)) == null));
    System.out.println("has 1,1: " + board.containsKey(new Cell(1, 1)));
    Set<Cell> seen = new HashSet<>();
    seen.add(new Cell(3, 4));
    seen.add(new Cell(3, 4));
    seen.add(new Cell(4, 3));
    System.out.println("set size: " + seen.size());
    System.out.println("set has 4,3: " + seen.contains(new Cell(4, 3)));
    List<Cell> path = new ArrayList<>();
    path.add(new Cell(0, 1));
    path.add(new Cell(0, 2));
    System.out.println("path: " + path);
    System.out.println("contains 0,2: " + path.contains(new Cell(0, 2)));
    System.out.println("indexOf 0,2: " + path.indexOf(new Cell(0, 2)));
    System.out.println("indexOf 9,9: " + path.indexOf(new Cell(9, 9)));
  }
}
