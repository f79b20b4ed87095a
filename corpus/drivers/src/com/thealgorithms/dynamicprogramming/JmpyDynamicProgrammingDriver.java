package com.thealgorithms.dynamicprogramming;

import dev.jmpy.annotations.MicroPython;

/** Drives dynamic-programming classes of TheAlgorithms/Java. */
@MicroPython
public class JmpyDynamicProgrammingDriver {
  public static void main(String[] args) {
    for (int n = 0; n <= 12; n++) {
      System.out.println(n + ": stairs=" + ClimbingStairs.numberOfWays(n) + " tribonacci=" + Tribonacci.compute(n)
          + " boardPath=" + BoardPath.bpR(0, n) + "/" + BoardPath.bpRS(0, n, new int[n + 1]) + "/"
          + BoardPath.bpIS(0, n, new int[n + 1]));
    }
    int[] coins = {1, 2, 5, 10};
    System.out.println("coin change 27: ways=" + CoinChange.change(coins, 27) + " min=" + CoinChange.minimumCoins(coins, 27));
    String[][] pairs = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"intention", "execution"}};
    for (String[] p : pairs) {
      System.out.println("edit " + p[0] + " -> " + p[1] + ": " + EditDistance.minDistance(p[0], p[1]) + " "
          + EditDistance.editDistance(p[0], p[1]));
    }
    System.out.println("egg dropping (2 eggs, 36 floors): " + EggDropping.minTrials(2, 36));
    System.out.println("kadane: " + KadaneAlgorithm.maxSum(new int[] {-2, 1, -3, 4, -1, 2, 1, -5, 4}, 6) + " "
        + KadaneAlgorithm.maxSum(new int[] {-2, -1}, 0));
    System.out.println("knapsack: " + Knapsack.knapSack(50, new int[] {10, 20, 30}, new int[] {60, 100, 120}));
    System.out.println("LIS: " + LongestIncreasingSubsequenceNLogN.lengthOfLIS(new int[] {10, 9, 2, 5, 3, 7, 101, 18}));
    System.out.println("LPS: " + LongestPalindromicSubsequence.lps("agbdba") + " "
        + LongestPalindromicSubsequence.lps("character"));
    for (String s : new String[] {"(()", ")()())", "", "()(())", "((((("}) {
      System.out.println("valid parentheses '" + s + "': " + LongestValidParentheses.getLongestValidParentheses(s));
    }
    System.out.println("max product: " + MaximumProductSubarray.maxProduct(new int[] {2, 3, -2, 4}) + " "
        + MaximumProductSubarray.maxProduct(new int[] {-2, 0, -1}) + " "
        + MaximumProductSubarray.maxProduct(new int[] {-2, 3, -4}));
    System.out.println("min path sum: " + MinimumPathSum.minimumPathSum(new int[][] {{1, 3, 1}, {1, 5, 1}, {4, 2, 1}}));
    System.out.println("partition: " + PartitionProblem.partition(new int[] {1, 5, 11, 5}) + " "
        + PartitionProblem.partition(new int[] {1, 2, 3, 5}));
    String[][] regex = {{"aa", "a*"}, {"ab", ".*"}, {"mississippi", "mis*is*p*."}, {"aab", "c*a*b"}};
    for (String[] r : regex) {
      System.out.println("regex " + r[0] + " ~ " + r[1] + ": " + RegexMatching.regexRecursion(r[0], r[1]));
    }
    String[][] wildcard = {{"adceb", "*a*b"}, {"acdcb", "a*c?b"}, {"abc", "a?c"}, {"", "*"}};
    for (String[] w : wildcard) {
      System.out.println("wildcard " + w[0] + " ~ " + w[1] + ": " + WildcardMatching.isMatch(w[0], w[1]));
    }
    System.out.println("rod cutting: " + RodCutting.cutRod(new int[] {1, 5, 8, 9, 10, 17, 17, 20}, 8));
    System.out.println("subset sum: " + SubsetSum.subsetSum(new int[] {3, 34, 4, 12, 5, 2}, 9) + " "
        + SubsetSum.subsetSum(new int[] {3, 34, 4, 12, 5, 2}, 30));
    System.out.println("unique subsequences: " + UniqueSubsequencesCount.countSubseq("abcb") + " "
        + UniqueSubsequencesCount.countSubseq("aaa"));
    StringBuilder catalan = new StringBuilder("catalan (dp):");
    for (int n = 1; n <= 15; n++) {
      catalan.append(' ').append(CatalanNumber.findNthCatalan(n));
    }
    System.out.println(catalan);
  }
}
