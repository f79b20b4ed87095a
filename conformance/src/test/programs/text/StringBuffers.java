package text;

import dev.jmpy.annotations.MicroPython;

/** StringBuffer, as older Java code and TheAlgorithms write it: the same text as StringBuilder. */
@MicroPython
public class StringBuffers {
  static String reversedWords(String line) {
    StringBuffer out = new StringBuffer();
    String[] words = line.split(" ");
    for (int i = words.length - 1; i >= 0; i--) {
      out.append(words[i]);
      if (i > 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  public static void main(String[] args) {
    StringBuffer sb = new StringBuffer("abc");
    sb.append(1).append('x').append(true).append(2L);
    System.out.println(sb + " " + sb.length() + " " + sb.charAt(3));
    sb.insert(0, "<").append('>');
    sb.reverse();
    System.out.println(sb);
    sb.setLength(3);
    sb.deleteCharAt(0);
    System.out.println("[" + sb + "] " + sb.indexOf("u") + " " + sb.toString().isEmpty());
    System.out.println(reversedWords("one two three"));
    CharSequence seq = new StringBuffer("seq");
    System.out.println(seq.length() + " " + seq);
  }
}
