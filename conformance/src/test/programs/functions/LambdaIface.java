package functions;
import dev.jmpy.annotations.MicroPython;
/** A lambda for your own @FunctionalInterface is called through the interface (without the annotation it is rejected, JMPY021). */
@MicroPython
public class LambdaIface {
    @FunctionalInterface
    interface Reader { int read(); }
    public static void main(String[] args) {
        Reader r = () -> 7;
        System.out.println(r.read());
    }
}
