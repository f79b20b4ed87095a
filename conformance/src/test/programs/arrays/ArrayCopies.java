package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** clone() makes a new array of the same type (rows of a 2-D array are shared); == is identity. */
@MicroPython
public class ArrayCopies {
  public static void main(String[] args) {
    int[] a = {1, 2, 3};
    int[] b = a.clone();
    b[0] = 99;
    int[] same = a;
    same[2] = 30;
    System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a == same) + " "
        + (a == b) + " " + a.equals(b) + " " + Arrays.equals(a, b));
    byte[] bytes = {-1, 2};
    byte[] copy = bytes.clone();
    copy[0] = (byte) 300;
    boolean[] flags = {true, false};
    boolean[] flagsCopy = flags.clone();
    flagsCopy[1] = true;
    char[] chars = "ab".toCharArray();
    char[] charsCopy = chars.clone();
    charsCopy[0] = 'z';
    System.out.println(Arrays.toString(bytes) + Arrays.toString(copy) + Arrays.toString(flags)
        + Arrays.toString(flagsCopy) + new String(chars) + new String(charsCopy));
    int[][] grid = {{1, 2}, {3, 4}};
    int[][] shallow = grid.clone();
    shallow[0][0] = 100;
    shallow[1] = new int[] {7};
    System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow) + " "
        + (grid[0] == shallow[0]));
    String[] names = {"x", "y"};
    String[] namesCopy = names.clone();
    namesCopy[0] = "q";
    System.out.println(Arrays.toString(names) + Arrays.toString(namesCopy)
        + Arrays.equals(names, new String[] {"x", "y"}));
  }
}
