package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.RTC;
import dev.jmpy.machine.UART;
import dev.jmpy.micropython.OSError;
import dev.jmpy.time.Time;

/**
 * The arrays the board returns are Java's own: a register block read, changed in place and written
 * back; the chip id, RTC memory, a UART line, the RTC's date and a localtime changed element by
 * element (MicroPython answers bytes and tuples, which cannot be written into).
 */
@MicroPython
public class ResultArraysWritable {
  public static void main(String[] args) throws OSError {
    I2C i2c = new I2C(1, new Pin(25), new Pin(26));
    byte[] regs = i2c.readfromMem(0x50, 0x10, 3);
    regs[0] = (byte) (regs[0] + 100);
    regs[1]++;
    regs[2] ^= 0x0F;
    i2c.writetoMem(0x50, 0x10, regs);
    byte[] back = i2c.readfromMem(0x50, 0x10, 3);
    System.out.println("registers " + back[0] + " " + back[1] + " " + back[2]);

    byte[] id = Machine.uniqueId();
    id[5] = (byte) 0xFE;
    System.out.println("id copy " + id[5] + ", board's " + Machine.uniqueId()[5]);

    RTC rtc = new RTC();
    rtc.memory(new byte[] {1, 2, 3});
    byte[] kept = rtc.memory();
    kept[0] = -1;
    kept[2] += 40;
    rtc.memory(kept);
    byte[] again = rtc.memory();
    System.out.println("rtc memory " + again[0] + " " + again[1] + " " + again[2] + " of " + again.length);

    UART uart = new UART(1, 9600, 17, 16);
    uart.write("AT\r\n");
    Time.sleepMs(20);
    byte[] line = uart.readline();
    line[0] = (byte) (line[0] + 32);
    line[1] = (byte) (line[1] + 32);
    System.out.println("answer " + (char) line[0] + (char) line[1] + " of " + line.length + " bytes, then "
        + (uart.read() == null ? "nothing" : "more"));

    int[] date = rtc.datetime();
    date[0] = 2030;
    date[1] = 12;
    date[2] = 24;
    rtc.datetime(date);
    int[] set = rtc.datetime();
    System.out.println("date " + set[0] + "-" + set[1] + "-" + set[2] + " weekday " + set[3]);
    rtc.datetime(new int[] {2024, 2, 29, 3, 23, 59, 58, 0});
    System.out.println("leap day " + rtc.datetime()[2]);

    int[] local = Time.localtime(0);
    local[0] = 2001;
    System.out.println("a year on " + Time.mktime(local));
  }
}
