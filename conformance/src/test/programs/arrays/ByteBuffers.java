package arrays;

import dev.jmpy.annotations.MicroPython;
import java.nio.Buffer;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * java.nio.ByteBuffer as device code uses it to build and read binary messages: allocate and wrap,
 * relative and absolute put/get of bytes, shorts, ints and longs in both byte orders, position,
 * limit, remaining, flip/clear/rewind, array() as the backing array (writes show through both
 * ways), and Java's exceptions past the limit or out of range.
 */
@MicroPython
public class ByteBuffers {
  public static void main(String[] args) {
    ByteBuffer buf = ByteBuffer.allocate(16);
    System.out.println(buf.position() + " " + buf.limit() + " " + buf.capacity() + " "
        + buf.remaining() + " " + buf.hasRemaining() + " " + buf.order());
    buf.putShort((short) -2).putInt(0x12345678).put((byte) 0x7E).putLong(-5L);
    buf.put((byte) -1);
    System.out.println(Arrays.toString(buf.array()) + " pos=" + buf.position());
    System.out.println("remaining " + buf.remaining() + " " + buf.hasRemaining());

    buf.flip();
    System.out.println("flipped " + buf.position() + "/" + buf.limit());
    short s = buf.getShort();
    int i = buf.getInt();
    byte b = buf.get();
    long l = buf.getLong();
    System.out.println(s + " " + Integer.toHexString(i) + " " + b + " " + l + " " + buf.get());
    System.out.println("at end: " + buf.hasRemaining() + " " + buf.remaining());
    try {
      buf.get();
    } catch (BufferUnderflowException e) {
      System.out.println("underflow " + e.getMessage());
    }
    try {
      buf.put((byte) 1);
    } catch (BufferOverflowException e) {
      System.out.println("overflow " + e.getMessage());
    }
    try {
      buf.rewind().position(14).getInt();
    } catch (RuntimeException e) {
      System.out.println("short read caught as RuntimeException");
    }

    // Absolute access does not move the position; the backing array is shared.
    System.out.println(buf.getShort(0) + " " + buf.get(6) + " " + buf.getInt(2) + " " + buf.position());
    buf.putShort(0, (short) 0x0102).put(15, (byte) 9);
    byte[] backing = buf.array();
    backing[1] = 5;
    System.out.println(buf.getShort(0) + " " + backing[0] + " " + backing[15] + " " + buf.getLong(7));
    try {
      buf.getInt(13);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("absolute past the limit: " + e.getMessage());
    }
    try {
      buf.get(-1);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("negative index");
    }

    // Little-endian, and order() compared as Java compares it.
    ByteBuffer le = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    le.putShort((short) 0x0102).putInt(-2);
    System.out.println(Arrays.toString(le.array()) + " " + le.order() + " "
        + (le.order() == ByteOrder.LITTLE_ENDIAN) + " " + (le.order() == ByteOrder.BIG_ENDIAN));
    le.order(ByteOrder.BIG_ENDIAN);
    System.out.println(le.getShort(0) + " " + le.getInt(2) + " " + le.order());

    // wrap: the caller's array, its range the position and the limit.
    byte[] frame = {0x7E, 0x00, 0x03, 0x10, 0x20, 0x30, 0x7E};
    ByteBuffer view = ByteBuffer.wrap(frame, 1, 5);
    System.out.println(view.position() + " " + view.limit() + " " + view.capacity() + " "
        + view.getShort());
    byte[] body = new byte[3];
    view.get(body);
    System.out.println(Arrays.toString(body) + " " + view.remaining());
    view.clear();
    view.put(frame, 4, 2);
    System.out.println(Arrays.toString(frame) + " " + view.position());
    ByteBuffer whole = ByteBuffer.wrap(frame);
    whole.limit(3);
    System.out.println(whole.remaining() + " " + whole.get(2));
    try {
      whole.position(4);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    try {
      whole.limit(8);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    try {
      ByteBuffer.allocate(-1);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    try {
      whole.get(new byte[4], 2, 3);
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getMessage());
    }
    try {
      whole.put(new byte[4]);
    } catch (BufferOverflowException e) {
      System.out.println("bulk overflow, position " + whole.position());
    }
    whole.position(2).limit(7);
    System.out.println(whole.position() + " " + whole.remaining());
    whole.limit(1);
    System.out.println(whole.position() + " " + whole.remaining() + " " + whole.hasRemaining());

    // Through a Buffer variable (Buffer's own methods), and a buffer's text.
    Buffer plain = ByteBuffer.allocate(4).put((byte) 1).put((byte) 2);
    plain.flip();
    System.out.println(plain.position() + " " + plain.limit() + " " + plain.remaining() + " " + plain);
    plain.clear().position(3);
    System.out.println(plain.position() + " " + plain.limit() + " " + plain.capacity());
    plain.rewind().limit(2);
    System.out.println(plain + " " + plain.hasRemaining() + " " + buf.toString());

    // equals: the remaining bytes, whatever the capacity or the position.
    ByteBuffer one = ByteBuffer.wrap(new byte[] {9, 1, 2}, 1, 2);
    ByteBuffer two = ByteBuffer.allocate(5).put((byte) 1).put((byte) 2).flip();
    System.out.println(one.equals(two) + " " + java.util.Objects.equals(one, two) + " "
        + (one == two) + " " + java.util.List.of(one).contains(two));
    two.get();
    System.out.println(one.equals(two) + " " + one.equals(ByteBuffer.wrap(new byte[] {2})));
  }
}
