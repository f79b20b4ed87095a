package colls;

import dev.jmpy.annotations.MicroPython;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A BitSet and a ByteBuffer made in one module compared with ones made in another: each module
 * of the board image has its own copy of a helper class, and equals must still be Java's
 * (TheAlgorithms' A5 cipher compared a decrypted BitSet with the plain text's).
 */
@MicroPython
public class HelperObjectsAcrossModules {
  public static void main(String[] args) {
    BitSet here = new BitSet();
    here.set(1);
    here.set(5);
    BitSet there = Makers.bits(1, 5);
    System.out.println("bits equal: " + here.equals(there) + " " + there.equals(here));
    List<BitSet> sets = new ArrayList<>();
    sets.add(there);
    System.out.println("list contains: " + sets.contains(here) + ", index " + sets.indexOf(here));
    System.out.println("other bits: " + here.equals(Makers.bits(1, 6)));
    ByteBuffer mine = ByteBuffer.allocate(4);
    mine.putInt(258);
    mine.flip();
    ByteBuffer theirs = Makers.buffer(258);
    System.out.println("buffers equal: " + mine.equals(theirs) + " " + theirs.equals(mine));
    System.out.println("other buffer: " + mine.equals(Makers.buffer(259)));
  }
}

@MicroPython
class Makers {
  static BitSet bits(int a, int b) {
    BitSet set = new BitSet(64);
    set.set(a);
    set.set(b);
    return set;
  }

  static ByteBuffer buffer(int value) {
    ByteBuffer buffer = ByteBuffer.allocate(4);
    buffer.putInt(value);
    buffer.flip();
    return buffer;
  }
}
