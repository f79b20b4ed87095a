package functions;
import dev.jmpy.annotations.MicroPython;
/** A lambda for a top-level one-method interface with a default method. */
@MicroPython
public class LambdaIface2 {
    public static void main(String[] args) {
        Probe p = () -> 7;
        System.out.println(p.read());
    }
}
@MicroPython
@FunctionalInterface
interface Probe { int read(); default int twice() { return 2 * read(); } }
