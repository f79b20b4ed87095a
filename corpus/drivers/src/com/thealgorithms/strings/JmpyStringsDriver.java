package com.thealgorithms.strings;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** Drives the string algorithms of TheAlgorithms/Java. */
@MicroPython
public class JmpyStringsDriver {
  public static void main(String[] args) {
    String[] words = {"", "a", "racecar", "abba", "abcde", "Machine", "level", "aaaa", "ab ba", "isogram"};
    for (String w : words) {
      System.out.println("'" + w + "': palindrome=" + Palindrome.isPalindrome(w) + "/"
          + Palindrome.isPalindromeRecursion(w) + "/" + Palindrome.isPalindromeTwoPointer(w)
          + " same=" + CharactersSame.isAllCharactersSame(w)
          + " longestPal=" + Manacher.longestPalindrome(w)
          + " noRepeat=" + LongestNonRepetitiveSubstring.lengthOfLongestSubstring(w)
          + " dedup=" + RemoveDuplicateFromString.removeDuplicate(w)
          + " compressed=" + StringCompression.compress(w));
    }
    System.out.println("hamming: " + HammingDistance.calculateHammingDistance("karolin", "kathrin") + " "
        + HammingDistance.calculateHammingDistance("", ""));
    try {
      HammingDistance.calculateHammingDistance("abc", "ab");
    } catch (IllegalArgumentException e) {
      System.out.println("hamming rejects unequal lengths: " + e.getMessage());
    }
    System.out.println("isogram: " + Isogram.isAlphabeticIsogram("uncopyrightable") + " "
        + Isogram.isAlphabeticIsogram("letter") + " " + Isogram.isFullIsogram("Dermatoglyphics"));
    System.out.println("isomorphic: " + Isomorphic.areIsomorphic("egg", "add") + " "
        + Isomorphic.areIsomorphic("foo", "bar") + " " + Isomorphic.areIsomorphic("paper", "title"));
    System.out.println("last word: " + new LengthOfLastWord().lengthOfLastWord("fly me   to   the moon  "));
    System.out.println("common prefix: '" + LongestCommonPrefix.longestCommonPrefix(
        new String[] {"flower", "flow", "flight"}) + "' '" + LongestCommonPrefix.longestCommonPrefix(
        new String[] {"dog", "racecar", "car"}) + "'");
    for (String s : new String[] {"42", "   -42", "4193 with words", "words 987", "-91283472332", "+1", "", "2147483648"}) {
      System.out.println("atoi '" + s + "' = " + MyAtoi.myAtoi(s));
    }
    System.out.println(TitleCase.toTitleCase("the quick BROWN fox") + "|" + TitleCase.toTitleCase("  spaced  out "));
    System.out.println("z: " + Arrays.toString(ZAlgorithm.zFunction("aabxaabxcaabxaabxay")) + " search="
        + ZAlgorithm.search("abxabcabcaby", "abcaby"));
    System.out.println("kmp: " + KMP.kmpMatcher("abababcabababcab", "ababc") + " " + KMP.kmpMatcher("aaaa", "aa"));
    System.out.println("horspool: " + HorspoolSearch.findFirst("needle", "haystack with a needle in it") + " "
        + HorspoolSearch.findFirstInsensitive("NEEDLE", "haystack with a needle") + " "
        + HorspoolSearch.findFirst("absent", "haystack"));
    System.out.println("arrange: " + AlternativeStringArrange.arrange("abc", "12345") + " "
        + AlternativeStringArrange.arrange("", "xy"));
    for (String s : new String[] {"abc", "aBcD", "abca", "", "xyz", "ABz"}) {
      System.out.print("[" + s + "] alphabetical " + Alphabetical.isAlphabetical(s) + "; ");
    }
    System.out.println();
  }
}
