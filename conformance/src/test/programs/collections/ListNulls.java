package colls;
import dev.jmpy.annotations.MicroPython;
import java.util.*;
/** null elements of a List<Integer> / List<Long> print as null. */
@MicroPython
public class ListNulls {
    public static void main(String[] args) {
        System.out.println(Arrays.asList(1, null, 3));
        List<Integer> xs = Arrays.asList(4, null);
        System.out.println(xs);
        System.out.println(List.of(true, false));
        System.out.println(Arrays.asList(true, null));
        List<Boolean> bs = new ArrayList<>(List.of(true));
        System.out.println(bs);
        System.out.println("v" + List.of(true));
        List<String> ss = Arrays.asList("a", null);
        System.out.println(ss);
        List<Long> ls = Arrays.asList(1L << 40, null);
        System.out.println(ls);
    }
}
