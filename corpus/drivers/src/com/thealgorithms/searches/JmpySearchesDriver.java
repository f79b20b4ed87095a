package com.thealgorithms.searches;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** Drives the searching classes of TheAlgorithms/Java with public entry points. */
@MicroPython
public class JmpySearchesDriver {
  public static void main(String[] args) {
    int[] sorted = {1, 3, 4, 7, 9, 11, 15, 18, 21, 30, 33, 47, 50, 61, 70};
    InterpolationSearch interpolation = new InterpolationSearch();
    for (int key : new int[] {1, 7, 21, 70, 2, 100, -5}) {
      System.out.println("interpolation " + key + " -> " + interpolation.find(sorted, key));
    }
    String text = "the quick brown fox jumps over the lazy dog; the end";
    for (String pattern : new String[] {"the", "fox", "dog;", "cat", "end", "t"}) {
      System.out.println("'" + pattern + "': rabinKarp=" + RabinKarpAlgorithm.search(pattern, text, 101)
          + " boyerMoore=" + new BoyerMoore(pattern).search(text)
          + " static=" + BoyerMoore.staticSearch(text, pattern));
    }
    UnionFind sets = new UnionFind(10);
    int[][] unions = {{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 7}, {4, 4}};
    for (int[] u : unions) {
      sets.union(u[0], u[1]);
      System.out.println("union " + u[0] + "," + u[1] + " -> " + sets.count() + " sets");
    }
    System.out.println("find(3)==find(0): " + (sets.find(3) == sets.find(0)) + ", find(5)==find(9): "
        + (sets.find(5) == sets.find(9)));
    System.out.println(sets);
    int[][] grid = {{1, 4, 7, 11}, {2, 5, 8, 12}, {3, 6, 9, 16}, {10, 13, 14, 17}};
    for (int key : new int[] {5, 17, 1, 15}) {
      System.out.println("saddleback " + key + " -> " + Arrays.toString(SaddlebackSearch.find(grid, 3, 0, key)));
    }
    int[][] rows = {{1, 3, 5, 7}, {10, 11, 16, 20}, {23, 30, 34, 60}};
    for (int key : new int[] {3, 16, 60, 13}) {
      System.out.println("2d binary " + key + " -> " + Arrays.toString(BinarySearch2dArray.binarySearch(rows, key)));
    }
    int[] ascending = {-8, -3, 0, 4, 9, 12};
    int[] descending = {50, 40, 30, 20, 10};
    System.out.println("order agnostic: " + OrderAgnosticBinarySearch.binSearchAlgo(ascending, 0, 5, 9) + " "
        + OrderAgnosticBinarySearch.binSearchAlgo(descending, 0, 4, 20) + " "
        + OrderAgnosticBinarySearch.binSearchAlgo(descending, 0, 4, 25));
    for (long n : new long[] {0, 1, 15, 16, 17, 1000000, 2147395599L}) {
      System.out.print("isqrt(" + n + ")=" + SquareRootBinarySearch.squareRoot(n) + " ");
    }
    System.out.println();
    KMPSearch kmp = new KMPSearch();
    System.out.println("kmp index: " + kmp.kmpSearch("abcaby", "abxabcabcaby") + " " + kmp.kmpSearch("zz", "abc"));
    // (its binary search ends only when the middle holds the minimum)
    System.out.println("rotated: " + HowManyTimesRotated.rotated(new int[] {5, 6, 7, 1, 2, 3, 4}) + " "
        + HowManyTimesRotated.rotated(new int[] {4, 5, 1, 2, 3}));
  }
}
