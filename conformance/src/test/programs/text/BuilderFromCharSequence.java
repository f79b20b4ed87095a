package text;

import dev.jmpy.annotations.MicroPython;

/** new StringBuilder(CharSequence) copies the text of a builder, a String seen as CharSequence, or a capacity (an int or a char). */
@MicroPython
public class BuilderFromCharSequence {
  public static void main(String[] args) {
    StringBuilder a = new StringBuilder("ab");
    StringBuilder copy = new StringBuilder(a);
    CharSequence seq = a;
    StringBuilder fromSeq = new StringBuilder(seq);
    CharSequence str = "xyz";
    StringBuffer fromStr = new StringBuffer(str);
    StringBuilder capacity = new StringBuilder(16);
    StringBuilder fromChar = new StringBuilder('q');
    copy.append('!');
    a.append("c");
    System.out.println(a + " " + copy + " " + fromSeq + " " + fromStr + " [" + capacity + "] ["
        + fromChar + "] " + fromChar.length());
  }
}
