package com.thealgorithms.backtracking;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Drives backtracking classes of TheAlgorithms/Java. */
@MicroPython
public class JmpyBacktrackingDriver {
  public static void main(String[] args) {
    for (int n = 0; n <= 4; n++) {
      System.out.println("parentheses(" + n + "): " + ParenthesesGenerator.generateParentheses(n));
    }
    System.out.println("combination sum 7 of [2,3,6,7]: " + CombinationSum.combinationSum(new int[] {2, 3, 6, 7}, 7));
    System.out.println("combination sum 8 of [2,3,5]: " + CombinationSum.combinationSum(new int[] {2, 3, 5}, 8));
    for (int q = 1; q <= 6; q++) {
      List<List<String>> arrangements = NQueens.getNQueensArrangements(q);
      System.out.println(q + " queens: " + arrangements.size() + " arrangements"
          + (arrangements.isEmpty() ? "" : ", first " + arrangements.get(0)));
    }
    int[][] board = {
        {5, 3, 0, 0, 7, 0, 0, 0, 0},
        {6, 0, 0, 1, 9, 5, 0, 0, 0},
        {0, 9, 8, 0, 0, 0, 0, 6, 0},
        {8, 0, 0, 0, 6, 0, 0, 0, 3},
        {4, 0, 0, 8, 0, 3, 0, 0, 1},
        {7, 0, 0, 0, 2, 0, 0, 0, 6},
        {0, 6, 0, 0, 0, 0, 2, 8, 0},
        {0, 0, 0, 4, 1, 9, 0, 0, 5},
        {0, 0, 0, 0, 8, 0, 0, 7, 9}};
    System.out.println("sudoku solved: " + SudokuSolver.solveSudoku(board));
    for (int[] row : board) {
      StringBuilder line = new StringBuilder();
      for (int cell : row) {
        line.append(cell).append(' ');
      }
      System.out.println(line.toString().trim());
    }
    char[][] grid = {{'A', 'B', 'C', 'E'}, {'S', 'F', 'C', 'S'}, {'A', 'D', 'E', 'E'}};
    WordSearch search = new WordSearch();
    for (String word : new String[] {"ABCCED", "SEE", "ABCB", "ASADFBCCEESE"}) {
      System.out.println("word " + word + ": " + search.exist(grid, word));
    }
  }
}
