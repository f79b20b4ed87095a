package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** A list used as a FIFO queue and as a stack: breadth-first search on a small grid, bracket matching. */
@MicroPython
public class QueueSimulation {
  static int shortestPath(String[] grid) {
    int rows = grid.length;
    int cols = grid[0].length();
    int[][] dist = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        dist[r][c] = -1;
      }
    }
    List<int[]> queue = new ArrayList<>();
    queue.add(new int[] {0, 0});
    dist[0][0] = 0;
    int[] dr = {1, -1, 0, 0};
    int[] dc = {0, 0, 1, -1};
    while (!queue.isEmpty()) {
      int[] cur = queue.remove(0);
      for (int k = 0; k < 4; k++) {
        int nr = cur[0] + dr[k];
        int nc = cur[1] + dc[k];
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr].charAt(nc) == '.' && dist[nr][nc] < 0) {
          dist[nr][nc] = dist[cur[0]][cur[1]] + 1;
          queue.add(new int[] {nr, nc});
        }
      }
    }
    return dist[rows - 1][cols - 1];
  }

  static boolean balanced(String s) {
    List<Character> stack = new ArrayList<>();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == '[') {
        stack.add(c);
      } else if (c == ')' || c == ']') {
        if (stack.isEmpty()) {
          return false;
        }
        char open = stack.remove(stack.size() - 1);
        if ((c == ')' && open != '(') || (c == ']' && open != '[')) {
          return false;
        }
      }
    }
    return stack.isEmpty();
  }

  public static void main(String[] args) {
    String[] grid = {"..#.", "#...", "..#.", ".#.."};
    System.out.println("shortest path: " + shortestPath(grid));
    String[] blocked = {".#", "#."};
    System.out.println("blocked path: " + shortestPath(blocked));
    String[] tests = {"([])", "([)]", "((", "", "a(b[c]d)e", ")("};
    for (String t : tests) {
      System.out.println("'" + t + "' balanced: " + balanced(t));
    }
  }
}
